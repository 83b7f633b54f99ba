import { encodeCursor } from './cursor';

/**
 * One page of a keyset-paginated list, shaped as a GraphQL connection. Cursors are encoded only
 * when a response asks for edges or pageInfo: a page of 25 rows otherwise encoded 25 of them
 * (JSON and base64 each) for the one endCursor most clients read.
 */
export class Page<T> {
  private constructor(
    readonly nodes: T[],
    readonly hasNextPage: boolean,
    readonly totalCount: number,
    private readonly cursorAt: (index: number) => string,
  ) {}

  /** `rows` was fetched with limit first + 1: the extra row only tells that another page exists. */
  static of<T>(
    rows: T[],
    first: number,
    totalCount: number,
    cursorKeys: (row: T) => Record<string, number>,
  ): Page<T> {
    const nodes = rows.slice(0, first);
    return new Page(nodes, rows.length > first, totalCount, (i) => encodeCursor(cursorKeys(nodes[i] as T)));
  }

  /** The same page with each node converted; cursors stay those of the rows it was read from. */
  map<U>(convert: (node: T) => U): Page<U> {
    return new Page(this.nodes.map(convert), this.hasNextPage, this.totalCount, this.cursorAt);
  }

  get edges(): { cursor: string; node: T }[] {
    return this.nodes.map((node, i) => ({ cursor: this.cursorAt(i), node }));
  }

  get pageInfo(): { hasNextPage: boolean; endCursor: string | null } {
    const last = this.nodes.length - 1;
    return { hasNextPage: this.hasNextPage, endCursor: last < 0 ? null : this.cursorAt(last) };
  }
}
