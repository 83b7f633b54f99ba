interface DriverError {
  code?: string;
  errno?: number;
}

function driverError(err: unknown): DriverError {
  if (typeof err !== 'object' || err === null) return {};
  const inner = (err as { driverError?: unknown }).driverError ?? err;
  return (typeof inner === 'object' && inner !== null ? inner : {}) as DriverError;
}

const MYSQL_DEADLOCK = 1213;
const MYSQL_LOCK_WAIT_TIMEOUT = 1205;
const MYSQL_DUPLICATE_ENTRY = 1062;

/**
 * Worth retrying the whole transaction: nothing of it was committed. better-sqlite3 reports SQLite's
 * extended codes: SQLITE_BUSY_SNAPSHOT is what a transaction that read before writing gets when another
 * process wrote in between (WAL mode; the busy timeout does not apply), and a fresh attempt succeeds.
 */
export function isTransientDatabaseError(err: unknown): boolean {
  const { code, errno } = driverError(err);
  return (
    errno === MYSQL_DEADLOCK ||
    errno === MYSQL_LOCK_WAIT_TIMEOUT ||
    code === 'SQLITE_BUSY' ||
    code === 'SQLITE_LOCKED' ||
    (typeof code === 'string' && (code.startsWith('SQLITE_BUSY_') || code.startsWith('SQLITE_LOCKED_')))
  );
}

export function isUniqueViolation(err: unknown): boolean {
  const { code, errno } = driverError(err);
  return (
    errno === MYSQL_DUPLICATE_ENTRY ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'PROTOCOL_CONNECTION_LOST',
  'ER_SERVER_SHUTDOWN',
  'ER_CON_COUNT_ERROR',
  'SQLITE_CANTOPEN',
]);

/** The database cannot be reached (down, restarting, refusing connections), as opposed to a bad query. */
export function isDatabaseUnreachable(err: unknown): boolean {
  const { code } = driverError(err);
  return typeof code === 'string' && CONNECTION_ERROR_CODES.has(code);
}
