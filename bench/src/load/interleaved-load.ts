import { addTicks, readCpuTicks } from './cpu-steal';
import { LatencyHistogram } from './latency-histogram';
import { combineLoads, type LoadResult, type LoadShape } from './load-result';

/** One side of a comparison: the API running a scenario, or a baseline. */
export interface LoadSide {
  /** Its load for one part of the measured time, and the CPU time its serving process used meanwhile (ms). */
  run(shape: LoadShape, alsoInto?: LatencyHistogram): Promise<{ result: LoadResult; cpuMs: number }>;
}

export interface SideMeasurement {
  result: LoadResult;
  cpuMsPerRequest: number | undefined;
  /** The measured parts in the order they ran, to show how much the machine drifted between them. */
  parts: LoadResult[];
  /** Percent of the machine's CPU time that the hypervisor gave to other guests while its parts ran. */
  stolenPercent: number | undefined;
}

/** A pause between loads, so that the last one's stragglers are answered before the next starts. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

/**
 * Measures the sides of a comparison in mirrored order (A B C, then C B A), each part half the
 * duration, after a warm-up of each. Every side's parts then sit at the same mean time, so a drift of
 * this VM's speed during the comparison weighs on all sides alike; one after the other, whichever ran
 * later met a quieter machine (MariaDB purges and flushes after the write scenarios).
 */
export async function measureInterleaved(
  sides: LoadSide[],
  shape: LoadShape,
  warmup: LoadShape,
): Promise<SideMeasurement[]> {
  if (warmup.duration > 0) for (const side of sides) await side.run(warmup);
  const half: LoadShape = { ...shape, duration: shape.duration / 2 };
  const measured = sides.map(() => ({
    parts: [] as LoadResult[],
    cpuMs: 0,
    latencies: new LatencyHistogram(),
    ticks: { stolen: 0, total: 0 },
  }));
  const order = [...sides.keys(), ...[...sides.keys()].reverse()];
  for (const i of order) {
    await settle();
    const side = measured[i]!;
    const ticksBefore = readCpuTicks();
    const { result, cpuMs } = await sides[i]!.run(half, side.latencies);
    addTicks(side.ticks, ticksBefore, readCpuTicks());
    side.parts.push(result);
    side.cpuMs += cpuMs;
  }
  return measured.map(({ parts, cpuMs, latencies, ticks }) => {
    const result = combineLoads(parts, latencies);
    return {
      result,
      parts,
      cpuMsPerRequest: result.requests ? cpuMs / result.requests : undefined,
      stolenPercent: ticks.total > 0 ? (100 * ticks.stolen) / ticks.total : undefined,
    };
  });
}
