/** Collects broken guarantees instead of stopping at the first, so a report lists all of them. */
export class Checks {
  readonly failures: string[] = [];

  constructor(private readonly scope: string) {}

  expect(condition: boolean, message: string): boolean {
    if (!condition) this.failures.push(`${this.scope}: ${message}`);
    return condition;
  }

  equal<T>(actual: T, expected: T, message: string): boolean {
    const same = JSON.stringify(actual) === JSON.stringify(expected);
    return this.expect(
      same,
      `${message} (expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)})`,
    );
  }

  get passed(): boolean {
    return this.failures.length === 0;
  }
}

/** True when `numbers` is exactly 1..n in some order: no gaps, no repeats. */
export function isOneToN(numbers: number[]): boolean {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted.every((n, i) => n === i + 1);
}

export function duplicates<T>(values: T[]): T[] {
  const seen = new Set<T>();
  const repeated = new Set<T>();
  for (const v of values) (seen.has(v) ? repeated : seen).add(v);
  return [...repeated];
}
