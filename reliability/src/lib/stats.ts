export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

export function max(values: number[]): number {
  return values.reduce((m, v) => (v > m ? v : m), 0);
}

export const ms = (value: number): string => `${Math.round(value)} ms`;
export const seconds = (value: number): string => `${(value / 1000).toFixed(1)} s`;

export function latencySummary(values: number[]): string {
  if (values.length === 0) return '–';
  return `${Math.round(percentile(values, 50))} / ${Math.round(percentile(values, 95))} / ${Math.round(max(values))} ms`;
}

/** Counts of each distinct value, most frequent first: "INTERNAL_SERVER_ERROR ×12, NETWORK ECONNREFUSED ×3". */
export function tally(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([value, n]) => `${value} ×${n}`)
    .join(', ');
}

export const sleep = (millis: number) => new Promise<void>((resolve) => setTimeout(resolve, millis));

/** Runs `tasks` with at most `limit` in flight at any moment (a sliding window, not waves). */
export async function withConcurrency<T>(
  count: number,
  limit: number,
  task: (index: number) => Promise<T>,
): Promise<T[]> {
  const results = new Array<T>(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      results[index] = await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
  return results;
}
