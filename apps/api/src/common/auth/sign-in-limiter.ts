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
  /** Failed sign-ins allowed per account from one client address in the window. */
  perAccount: number;
  /** Failed sign-ins allowed per client address in the window (one address may try many accounts). */
  perAddress: number;
  windowSeconds: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = { perAccount: 5, perAddress: 30, windowSeconds: 15 * 60 };

export interface SignUpLimits {
  /** Sign-up attempts allowed per client address in the window, whatever their outcome. */
  perAddress: number;
  /** Sign-up attempts allowed per email address in the window. */
  perEmail: number;
  windowSeconds: number;
}

/** Each sign-up makes a workspace and hashes a password (about 50 ms of CPU): a person needs a few. */
export const DEFAULT_SIGN_UP_LIMITS: SignUpLimits = { perAddress: 10, perEmail: 5, windowSeconds: 60 * 60 };

/**
 * In the primary of several server processes, before they start: it keeps the counts they share.
 * Without it each process would count alone, and N processes would allow N times the guesses.
 */
export function keepSignInCountsForWorkers(): void {
  new RateLimiterClusterMaster();
}

function attemptCounter(keyPrefix: string, points: number, duration: number): RateLimiterAbstract {
  return cluster.isWorker
    ? new RateLimiterCluster({ keyPrefix, points, duration, timeoutMs: 2000 })
    : new RateLimiterMemory({ keyPrefix, points, duration });
}

/**
 * Slows password guessing: only failures count, per account from each client address and per client
 * address; a successful sign-in clears its account's count from that address. Counts live in memory:
 * this process's, or the cluster primary's when several server processes share the port.
 *
 * An account's failures are counted per client address, not for the account as a whole: counted as a
 * whole, five wrong guesses by anyone locked the owner out for 15 minutes, right password and all.
 * So a stranger locks only their own address out of the account. One guesser with many addresses is
 * still held to 5 guesses per account per address and 30 per address, and the password policy keeps
 * the 10,000 most common passwords out of reach of such guessing.
 */
export class SignInLimiter {
  private readonly byAccount: RateLimiterAbstract;
  private readonly byAddress: RateLimiterAbstract;

  constructor(private readonly limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS) {
    this.byAccount = attemptCounter('account', limits.perAccount, limits.windowSeconds);
    this.byAddress = attemptCounter('address', limits.perAddress, limits.windowSeconds);
  }

  /** Throws RateLimited when either count is used up, before any password is checked. */
  async assertAllowed(account: string, address: string): Promise<void> {
    const [accountState, addressState] = await Promise.all([
      this.byAccount.get(accountFrom(account, address)),
      this.byAddress.get(address),
    ]);
    const blocked = [
      blockedFor(accountState, this.limits.perAccount),
      blockedFor(addressState, this.limits.perAddress),
    ].filter((ms): ms is number => ms !== null);
    if (blocked.length > 0) throw new RateLimited(Math.ceil(Math.max(...blocked) / 1000));
  }

  async recordFailure(account: string, address: string): Promise<void> {
    // consume() rejects once the points are gone; that rejection is the block, recorded either way.
    await Promise.all([
      this.byAccount.consume(accountFrom(account, address)).catch(() => undefined),
      this.byAddress.consume(address).catch(() => undefined),
    ]);
  }

  async recordSuccess(account: string, address: string): Promise<void> {
    await this.byAccount.delete(accountFrom(account, address));
  }
}

/** The account's count for one client address (JSON, so that no email or address can forge another's key). */
function accountFrom(account: string, address: string): string {
  return JSON.stringify([account, address]);
}

function blockedFor(state: RateLimiterRes | null, limit: number): number | null {
  return state && state.consumedPoints >= limit ? state.msBeforeNext : null;
}

/**
 * Caps sign-up attempts per client address and per email, counted before anything else is done:
 * without it, 34 sign-ups a second saturated both cores and slowed everyone's sign-in tenfold.
 */
export class SignUpLimiter {
  private readonly byAddress: RateLimiterAbstract;
  private readonly byEmail: RateLimiterAbstract;

  constructor(limits: SignUpLimits = DEFAULT_SIGN_UP_LIMITS) {
    this.byAddress = attemptCounter('signup-address', limits.perAddress, limits.windowSeconds);
    this.byEmail = attemptCounter('signup-email', limits.perEmail, limits.windowSeconds);
  }

  /** Counts one attempt; throws RateLimited once either count is used up. */
  async consume(email: string, address: string): Promise<void> {
    const results = await Promise.allSettled([this.byAddress.consume(address), this.byEmail.consume(email)]);
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    if (refused.length === 0) return;
    const waits = refused.map((reason) =>
      reason instanceof Error ? null : (reason as RateLimiterRes).msBeforeNext,
    );
    // An Error (not a RateLimiterRes) is the counter itself failing, e.g. the cluster primary not answering.
    if (waits.some((ms) => ms === null)) throw refused.find((reason) => reason instanceof Error);
    throw new RateLimited(Math.ceil(Math.max(...(waits as number[])) / 1000), 'sign-ups');
  }
}
