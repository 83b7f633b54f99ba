import { randomBytes, scryptSync } from 'node:crypto';

export const BENCH_PASSWORD = 'bench-password-1';

/** The API's format (scrypt$N$r$p$salt$hash), computed once and shared by every seeded agent. */
export function benchPasswordHash(): string {
  const salt = randomBytes(16);
  const key = scryptSync(BENCH_PASSWORD.normalize('NFKC'), salt, 32, {
    N: 16384,
    r: 8,
    p: 1,
    maxmem: 64 * 1024 * 1024,
  });
  return ['scrypt', 16384, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
}
