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

/** Worth retrying the whole transaction: nothing of it was committed. */
export function isTransientDatabaseError(err: unknown): boolean {
  const { code, errno } = driverError(err);
  return errno === MYSQL_DEADLOCK || errno === MYSQL_LOCK_WAIT_TIMEOUT || code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

export function isUniqueViolation(err: unknown): boolean {
  const { code, errno } = driverError(err);
  return errno === MYSQL_DUPLICATE_ENTRY || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
