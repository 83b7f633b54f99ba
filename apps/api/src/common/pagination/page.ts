import { encodeCursor } from './cursor';

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** `rows` was fetched with limit first + 1: the extra row only tells that another page exists. */
export function toPage<T>(rows: T[], first: number, totalCount: number, cursorKeys: (row: T) => Record<string, number>): Page<T> {
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(cursorKeys(node)), node }));
  return {
    edges,
    nodes,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
