import { decodeCursor } from './cursor';
import { toPage } from './page';

describe('toPage', () => {
  const rows = [{ id: 5 }, { id: 4 }, { id: 3 }];

  it('uses the extra row only to tell that another page exists', () => {
    const page = toPage(rows, 2, 10, (r) => ({ id: r.id }));
    expect(page.nodes).toEqual([{ id: 5 }, { id: 4 }]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(decodeCursor(page.pageInfo.endCursor, ['id'])).toEqual({ id: 4 });
    expect(page.totalCount).toBe(10);
  });

  it('ends the list when no extra row came back', () => {
    const page = toPage(rows, 3, 3, (r) => ({ id: r.id }));
    expect(page.pageInfo).toEqual({ hasNextPage: false, endCursor: page.edges[2]?.cursor });
  });

  it('has no end cursor for an empty page', () => {
    expect(toPage([], 25, 0, (r: { id: number }) => ({ id: r.id })).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});
