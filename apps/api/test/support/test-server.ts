import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { createLogger, type Logger } from '../../src/common/logger';
import type { SignUpLimits } from '../../src/common/auth/sign-in-limiter';
import type { DatabaseConfig } from '../../src/config';
import type { Database } from '../../src/database/database';
import { openDatabase } from '../../src/database/open-database';
import { entities } from '../../src/modules';
import { createServer, type DesklineServer } from '../../src/server';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: {
    message: string;
    path?: (string | number)[];
    extensions?: { code?: string; field?: string; [k: string]: unknown };
  }[];
}

export interface TestApi {
  url: string;
  db: Database;
  /** How `db` was opened: another pool/DataSource can open the same database with it. */
  databaseConfig: DatabaseConfig;
  /** POST /graphql as the given token (or anonymously). */
  execute<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { as?: string | null },
  ): Promise<GraphQLResponse<T>>;
  /** Like execute, but fails the test on any error and returns data. */
  ok<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { as?: string | null },
  ): Promise<T>;
  close(): Promise<void>;
}

export interface TestApiOptions {
  /** Runs the server as NODE_ENV=production would (e.g. no field suggestions in errors). Default false. */
  production?: boolean;
  /** TRUST_PROXY, already parsed. Default false. */
  trustProxy?: boolean | number | string;
  /** Where the server logs; default silent (or TEST_LOG_LEVEL). capturingLogger() keeps the lines for a test to read. */
  logger?: Logger;
  /** GRAPHQL_INTROSPECTION and PLAYGROUND; default on unless production, as in loadConfig. */
  introspection?: boolean;
  playground?: boolean;
  /** Default: more than any test file signs up from 127.0.0.1. */
  signUpLimits?: SignUpLimits;
  /** How long a query may run before it is stopped; default the server's own. */
  queryDeadlineMs?: number;
}

export interface CapturedLog {
  logger: Logger;
  /** Every line logged so far, parsed. */
  lines(): { level: number; msg: string; err?: { stack?: string }; [k: string]: unknown }[];
}

/** A logger at `info` whose lines stay in memory. */
export function capturingLogger(): CapturedLog {
  const written: string[] = [];
  const logger = pino({ level: 'info', base: undefined }, { write: (line: string) => written.push(line) });
  return {
    logger,
    lines: () => written.map((line) => JSON.parse(line) as ReturnType<CapturedLog['lines']>[number]),
  };
}

/** The real server on a free port and a database of its own, for one test file. */
export async function startTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const database: TestDatabase = await createTestDatabase();
  return listen(database.db, database.config, () => database.drop(), options);
}

/**
 * A second server with a connection pool (DataSource) of its own on the SAME database as `first`, as a
 * second API process would be. close() stops it and closes its pool; the database stays (first drops it).
 */
export async function startSecondTestApi(first: TestApi): Promise<TestApi> {
  const db = await openDatabase(first.databaseConfig, entities);
  return listen(db, first.databaseConfig, async () => {
    if (db.dataSource.isInitialized) await db.dataSource.destroy();
  });
}

async function listen(
  db: Database,
  databaseConfig: DatabaseConfig,
  release: () => Promise<void>,
  options: TestApiOptions = {},
): Promise<TestApi> {
  const server: DesklineServer = await createServer({
    db,
    config: {
      tokenTtlHours: 24,
      production: options.production ?? false,
      webDist: null,
      trustProxy: options.trustProxy ?? false,
      introspection: options.introspection,
      playground: options.playground,
    },
    logger: options.logger ?? createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    compileOnRun: 1,
    queryDeadlineMs: options.queryDeadlineMs,
    signUpLimits: options.signUpLimits ?? { perAddress: 1_000_000, perEmail: 1_000_000, windowSeconds: 3600 },
  });
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = server.httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  return {
    ...graphqlClient(url),
    db,
    databaseConfig,
    async close() {
      await server.stop();
      await release();
    },
  };
}

/** execute/ok against any Deskline server's /graphql, in this process or another. */
export function graphqlClient(url: string): Pick<TestApi, 'url' | 'execute' | 'ok'> {
  const execute: TestApi['execute'] = async (query, variables, options) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (options?.as) headers.authorization = `Bearer ${options.as}`;
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as Omit<GraphQLResponse<never>, 'status'>;
    return { status: res.status, ...body };
  };
  return {
    url,
    execute,
    async ok(query, variables, options) {
      const res = await execute(query, variables, options);
      if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
      return res.data as never;
    },
  };
}
