import { LatencyHistogram } from './latency-histogram';
import type { LoadResult, LoadShape } from './load-result';

/**
 * The in-process driver of the raw baselines: `connections` workers each run the operation in a loop
 * for the duration (a closed loop, as autocannon's connections are), timing each with hrtime.
 */
export async function runClosedLoop(operation: () => Promise<void>, shape: LoadShape): Promise<LoadResult> {
  const histogram = new LatencyHistogram();
  const errorSamples: string[] = [];
  let requests = 0;
  let errors = 0;
  const started = performance.now();
  const deadline = started + shape.duration * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      try {
        await operation();
      } catch (err) {
        errors++;
        if (errorSamples.length < 5) errorSamples.push(err instanceof Error ? err.message : String(err));
      }
      histogram.record(performance.now() - t0);
      requests++;
    }
  };
  await Promise.all(Array.from({ length: shape.connections }, worker));
  const seconds = (performance.now() - started) / 1000;
  return {
    requests,
    seconds,
    rps: requests / seconds,
    p50: histogram.percentile(50),
    p99: histogram.percentile(99),
    errors,
    errorSamples,
  };
}
