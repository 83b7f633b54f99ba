import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_SIGN_UP_LIMITS } from './common/auth/sign-in-limiter';
import { compileTrustProxy } from './http/trust-proxy';

export type DatabaseConfig =
  | { kind: 'sqlite'; file: string }
  | { kind: 'mysql'; url: string; poolSize: number; allowUnsafeDurability?: boolean };

export interface Config {
  host: string;
  port: number;
  database: DatabaseConfig;
  tokenTtlHours: number;
  logLevel: string;
  production: boolean;
  webDist: string | null;
  /** Server processes sharing the port; more than 1 makes this process the primary that runs them. */
  workers: number;
  /** Express's 'trust proxy': false, or true / a hop count / addresses when behind a reverse proxy. */
  trustProxy: boolean | number | string;
  /** GraphQL introspection: on in development; in production only when GRAPHQL_INTROSPECTION=true. */
  introspection: boolean;
  /** The GraphiQL playground at /graphql: on in development; in production only when PLAYGROUND=true. */
  playground: boolean;
  /** Sign-up attempts allowed per client address per hour. */
  signUpsPerHour: number;
}

const DEFAULT_SQLITE_FILE = './data/deskline.sqlite';

const envSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATABASE_URL: z
    .string()
    .optional()
    .refine((v) => v === undefined || v === '' || /^(sqlite:.+|mysql:\/\/.+)$/.test(v), {
      message: 'must be sqlite:<path> or mysql://user:pass@host:port/db',
    }),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  TOKEN_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 365)
    .default(24 * 30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
  WEB_DIST: z.string().optional(),
  TRUST_PROXY: z
    .string()
    .default('false')
    .refine(
      (value) => trustProxyIsValid(parseTrustProxy(value)),
      'true, false, a number of proxy hops, or proxy addresses and subnets (e.g. loopback, 10.0.0.0/8)',
    ),
  DATABASE_ALLOW_UNSAFE_DURABILITY: z.enum(['true', 'false']).default('false'),
  GRAPHQL_INTROSPECTION: z.enum(['true', 'false']).optional(),
  PLAYGROUND: z.enum(['true', 'false']).optional(),
  SIGN_UPS_PER_HOUR: z.coerce.number().int().min(1).max(1_000_000).default(DEFAULT_SIGN_UP_LIMITS.perAddress),
  WORKERS: z
    .string()
    .optional()
    .refine(
      (v) => v === undefined || v === 'auto' || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 64),
      {
        message: 'must be auto or a whole number from 1 to 64',
      },
    ),
});

/**
 * One server process uses one core. More only help when the cores are not busy with the database
 * itself: on a 2-core machine that also ran MariaDB, 2 processes raised CPU per request by 25–45 %
 * and p99 latency, for no steady gain in throughput (bench, 2026-12-01). So one unless asked.
 */
function parseWorkers(value: string | undefined): number {
  if (value === 'auto') return os.availableParallelism();
  return value === undefined ? 1 : Number(value);
}

function trustProxyIsValid(setting: boolean | number | string): boolean {
  try {
    compileTrustProxy(setting);
    return true;
  } catch {
    return false;
  }
}

function parseTrustProxy(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

export class ConfigError extends Error {}

export function parseDatabaseUrl(
  url: string | undefined,
  poolSize: number,
  allowUnsafeDurability = false,
): DatabaseConfig {
  if (!url) return { kind: 'sqlite', file: path.resolve(DEFAULT_SQLITE_FILE) };
  if (url.startsWith('sqlite:')) return { kind: 'sqlite', file: path.resolve(url.slice('sqlite:'.length)) };
  return { kind: 'mysql', url, poolSize, allowUnsafeDurability };
}

/** Reads the environment once; every problem is listed in one message so a bad start is fixed in one go. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new ConfigError(`Deskline cannot start, the configuration is invalid:\n${problems}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  // Off in production unless asked for: introspection hands out the whole schema and costs 18-37 ms of
  // CPU per distinct document to anyone, signed in or not.
  const onUnlessProduction = (value: 'true' | 'false' | undefined) =>
    value === undefined ? !production : value === 'true';
  return {
    host: e.HOST,
    port: e.PORT,
    database: parseDatabaseUrl(
      e.DATABASE_URL,
      e.DATABASE_POOL_SIZE,
      e.DATABASE_ALLOW_UNSAFE_DURABILITY === 'true',
    ),
    workers: parseWorkers(e.WORKERS),
    tokenTtlHours: e.TOKEN_TTL_HOURS,
    logLevel: e.LOG_LEVEL,
    production,
    introspection: onUnlessProduction(e.GRAPHQL_INTROSPECTION),
    playground: onUnlessProduction(e.PLAYGROUND),
    signUpsPerHour: e.SIGN_UPS_PER_HOUR,
    webDist: e.WEB_DIST ?? path.resolve(__dirname, '../../web/dist'),
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
  };
}
