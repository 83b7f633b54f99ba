import cluster from 'node:cluster';
import {
  type RateLimiterAbstract,
  RateLimiterCluster,
  RateLimiterClusterMaster,
  RateLimiterMemory,
  type RateLimiterRes,
} from 'rate-limiter-flexible';
import { RateLimited } from '../errors';

export interface SignInLimits {
  /** Failed sign-ins allowed per account in the window. */
  perAccount: number;
  /** Failed sign-ins allowed per client address in the window (one address may try many accounts). */
  perAddress: number;
  windowSeconds: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = { perAccount: 5, perAddress: 30, windowSeconds: 15 * 60 };

/**
 * In the primary of several server processes, before they start: it keeps the counts they share.
 * Without it each process would count alone, and N processes would allow N times the guesses.
 */
export function keepSignInCountsForWorkers(): void {
  new RateLimiterClusterMaster();
}

function failureCounter(keyPrefix: string, points: number, duration: number): RateLimiterAbstract {
  return cluster.isWorker
    ? new RateLimiterCluster({ keyPrefix, points, duration, timeoutMs: 2000 })
    : new RateLimiterMemory({ keyPrefix, points, duration });
}

/**
 * Slows password guessing: only failures count, per account and per client address; a successful
 * sign-in clears its account's count. Counts live in memory: this process's, or the cluster primary's
 * when several server processes share the port.
 */
export class SignInLimiter {
  private readonly byAccount: RateLimiterAbstract;
  private readonly byAddress: RateLimiterAbstract;

  constructor(private readonly limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS) {
    this.byAccount = failureCounter('account', limits.perAccount, limits.windowSeconds);
    this.byAddress = failureCounter('address', limits.perAddress, limits.windowSeconds);
  }

  /** Throws RateLimited when either count is used up, before any password is checked. */
  async assertAllowed(account: string, address: string): Promise<void> {
    const [accountState, addressState] = await Promise.all([this.byAccount.get(account), this.byAddress.get(address)]);
    const blocked = [
      blockedFor(accountState, this.limits.perAccount),
      blockedFor(addressState, this.limits.perAddress),
    ].filter((ms): ms is number => ms !== null);
    if (blocked.length > 0) throw new RateLimited(Math.ceil(Math.max(...blocked) / 1000));
  }

  async recordFailure(account: string, address: string): Promise<void> {
    // consume() rejects once the points are gone; that rejection is the block, recorded either way.
    await Promise.all([this.byAccount.consume(account).catch(() => undefined), this.byAddress.consume(address).catch(() => undefined)]);
  }

  async recordSuccess(account: string): Promise<void> {
    await this.byAccount.delete(account);
  }
}

function blockedFor(state: RateLimiterRes | null, limit: number): number | null {
  return state && state.consumedPoints >= limit ? state.msBeforeNext : null;
}
