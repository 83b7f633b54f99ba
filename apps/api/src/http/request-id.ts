import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';

const HEADER = 'x-request-id';

/** Every response carries an id that the server's log lines about it carry too. */
export function assignRequestId(res: ServerResponse): string {
  const id = randomUUID();
  res.setHeader(HEADER, id);
  return id;
}

export function requestIdOf(res: ServerResponse): string | undefined {
  const id = res.getHeader(HEADER);
  return typeof id === 'string' ? id : undefined;
}
