import { getIntrospectionQuery, parse } from 'graphql';
import { boundedDocumentStore } from './document-store';

describe('boundedDocumentStore', () => {
  it('keeps documents up to its size on the heap (4 × JSON), then evicts the oldest', async () => {
    const document = parse(getIntrospectionQuery());
    const heap = JSON.stringify(document).length * 4;
    const store = boundedDocumentStore(heap * 10);
    for (let i = 0; i < 30; i++) await store.set(`q${i}`, document);
    const kept = (await Promise.all(Array.from({ length: 30 }, (_, i) => store.get(`q${i}`)))).map(
      (d) => d !== undefined,
    );
    expect(kept.filter(Boolean)).toHaveLength(10);
    expect(kept.slice(20)).toEqual(Array(10).fill(true));
  });
});
