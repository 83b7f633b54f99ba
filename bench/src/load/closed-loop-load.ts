import { setTimeout as sleep } from 'node:timers/promises';
import { LatencyHistogram } from './latency-histogram';
import type { LoadResult, LoadShape } from './load-result';

/**
 * The in-process driver of the raw baselines: `connections` workers each run the operation in a loop
 * for the duration (a closed loop, as autocannon's connections are), timing each with hrtime. With an
 * overallRate, the workers take turns at evenly spaced start times instead.
 * Latencies also go into `alsoInto`, for a load measured in parts.
 */
export async function runClosedLoop(
  operation: () => Promise<unknown>,
  shape: LoadShape,
  alsoInto?: LatencyHistogram,
): Promise<LoadResult> {
  const latencies = new LatencyHistogram();
  const errorSamples: string[] = [];
  let requests = 0;
  let errors = 0;
  let scheduled = 0;
  const started = performance.now();
  const deadline = started + shape.duration * 1000;
  const interval = shape.overallRate ? 1000 / shape.overallRate : 0;
  const worker = async () => {
    for (;;) {
      if (interval > 0) {
        const at = started + scheduled++ * interval;
        if (at >= deadline) return;
        if (at > performance.now()) await sleep(at - performance.now());
      } else if (performance.now() >= deadline) return;
      const t0 = performance.now();
      try {
        await operation();
      } catch (err) {
        errors++;
        if (errorSamples.length < 5) errorSamples.push(err instanceof Error ? err.message : String(err));
      }
      const ms = performance.now() - t0;
      latencies.record(ms);
      alsoInto?.record(ms);
      requests++;
    }
  };
  await Promise.all(Array.from({ length: shape.connections }, worker));
  const seconds = (performance.now() - started) / 1000;
  return {
    requests,
    seconds,
    rps: requests / seconds,
    p50: latencies.percentile(50),
    p99: latencies.percentile(99),
    errors,
    errorSamples,
  };
}
