import { jsonBytesLeft } from './response-size.plugin';

describe('jsonBytesLeft', () => {
  const sample = {
    tickets: {
      nodes: Array.from({ length: 50 }, (_, i) => ({
        id: String(i),
        subject: `Subject ${i} é😀`,
        priority: 'HIGH',
        number: i,
        open: true,
        category: null,
      })),
    },
    list: [1, 2, 'three'],
  };
  const exact = Buffer.byteLength(JSON.stringify(sample));

  it('estimates a JSON text’s size in bytes within a small margin of the real one', () => {
    const estimate = 1e9 - jsonBytesLeft(sample, 1e9);
    expect(estimate).toBeGreaterThanOrEqual(exact * 0.9);
    expect(estimate).toBeLessThanOrEqual(exact * 1.5);
  });

  it('goes negative once the limit is passed, and stops counting there', () => {
    expect(jsonBytesLeft(sample, exact * 2)).toBeGreaterThan(0);
    expect(jsonBytesLeft(sample, exact / 2)).toBeLessThan(0);
    const shared = 'x'.repeat(1024 * 1024);
    // 10,000 references to one 1 MiB string: 10 GiB of JSON, measured without building it.
    expect(
      jsonBytesLeft(
        Array.from({ length: 10_000 }, () => shared),
        8 * 1024 * 1024,
      ),
    ).toBeLessThan(0);
  });
});
