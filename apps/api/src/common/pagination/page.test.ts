import { decodeCursor } from './cursor';
import { Page } from './page';

describe('Page', () => {
  const rows = [{ id: 5 }, { id: 4 }, { id: 3 }];

  it('uses the extra row only to tell that another page exists', () => {
    const page = Page.of(rows, 2, 10, (r) => ({ id: r.id }));
    expect(page.nodes).toEqual([{ id: 5 }, { id: 4 }]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(decodeCursor(page.pageInfo.endCursor, ['id'])).toEqual({ id: 4 });
    expect(page.totalCount).toBe(10);
  });

  it('ends the list when no extra row came back', () => {
    const page = Page.of(rows, 3, 3, (r) => ({ id: r.id }));
    expect(page.pageInfo).toEqual({ hasNextPage: false, endCursor: page.edges[2]?.cursor });
  });

  it('has no end cursor for an empty page', () => {
    expect(Page.of([], 25, 0, (r: { id: number }) => ({ id: r.id })).pageInfo).toEqual({
      hasNextPage: false,
      endCursor: null,
    });
  });

  it('gives each edge the cursor of its own row', () => {
    const page = Page.of(rows, 3, 3, (r) => ({ id: r.id }));
    expect(page.edges.map((e) => decodeCursor(e.cursor, ['id']))).toEqual([{ id: 5 }, { id: 4 }, { id: 3 }]);
    expect(page.edges.map((e) => e.node)).toEqual(page.nodes);
  });

  it('keeps the cursors of the rows a converted page was read from', () => {
    const page = Page.of(rows, 2, 10, (r) => ({ id: r.id })).map((r) => ({ label: `#${r.id}` }));
    expect(page.nodes).toEqual([{ label: '#5' }, { label: '#4' }]);
    expect(page.edges.map((e) => [decodeCursor(e.cursor, ['id']), e.node])).toEqual([
      [{ id: 5 }, { label: '#5' }],
      [{ id: 4 }, { label: '#4' }],
    ]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.totalCount).toBe(10);
  });
});
