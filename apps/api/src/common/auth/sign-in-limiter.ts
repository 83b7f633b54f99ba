import { RateLimiterMemory, type RateLimiterRes } from 'rate-limiter-flexible';
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
 * Slows password guessing: only failures count, per account and per client address; a successful
 * sign-in clears its account's count. Counts live in this process's memory.
 */
export class SignInLimiter {
  private readonly byAccount: RateLimiterMemory;
  private readonly byAddress: RateLimiterMemory;

  constructor(private readonly limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS) {
    this.byAccount = new RateLimiterMemory({ keyPrefix: 'account', points: limits.perAccount, duration: limits.windowSeconds });
    this.byAddress = new RateLimiterMemory({ keyPrefix: 'address', points: limits.perAddress, duration: limits.windowSeconds });
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
