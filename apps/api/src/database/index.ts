/**
 * The database's face: the one way modules reach the database. Repositories declare their statements
 * with `statement` / `statementVariants` and run them with `rows` / `write`; entity reads and writes by
 * equalities go through `findOneBy` / `insertOne` / `updateBy`; TypeORM's own find* serves rarer reads.
 * Drivers, dialects and TypeORM internals stay behind this file (see CONTRIBUTING.md).
 */
export { Database, onTransactionAttempt, type TransactionAttempt } from './database';
export { isUniqueViolation } from './database-errors';
export type { Dialect } from './dialect';
export { findOneBy, findOneByOrFail, incrementColumn, insertOne, updateBy } from './entity-statements';
export { bound, rows, unionAllRows, write, type BoundSql, type Row, type WriteResult } from './queries';
export { rawEntityReader } from './raw-entity-reader';
export { statement, statementVariants, type BuildsSql, type Statement, type Variant } from './statement';
export { describeDatabase, openDatabase, DatabaseUnavailable } from './open-database';
