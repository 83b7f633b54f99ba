import { HeavyReadGate } from './heavy-read-gate';

export const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

/** A request that has read this much text is a heavy one: its further reads take turns (HeavyReadGate). */
const HEAVY_AFTER_BYTES = 1024 * 1024;

/** The one wording of the refusal (response-size.plugin.ts). */
export function responseTooLargeMessage(maxBytes: number, wrote: boolean): string {
  return (
    (wrote ? 'The change was saved, but its answer ' : 'The answer ') +
    `would be larger than ${maxBytes / 1024 / 1024} MiB: ask for fewer or smaller fields, or smaller pages.`
  );
}

/**
 * How much long text a request may still read and answer. A message body is counted by its length,
 * known from its row, before it is read; a page of tickets by its descriptions once it is read (the
 * list statements read them with the row), so no further page is read past the budget. Either way a
 * request that asks for too much is stopped near 8 MiB of text rather than after it (100 pages of 100
 * notes of 64 KiB would be 640 MB). Once it is spent, response-size.plugin.ts answers the request
 * with one refusal, whatever the data holds.
 */
export class ResponseBudget {
  private left: number;
  private readonly counted = new WeakSet<object>();
  private queue: Promise<unknown> = Promise.resolve();
  exceeded = false;

  constructor(
    private readonly heavyReads: HeavyReadGate,
    readonly maxBytes = MAX_RESPONSE_BYTES,
  ) {
    this.left = maxBytes;
  }

  /**
   * Counts text about to be added to the answer: false once the budget is spent, and the text must
   * then not be read. (Not an error thrown: 2,000 bodies past the budget made 2,000 errors with stack
   * traces, 180 ms of CPU for one request; the refusal replaces the answer anyway.)
   */
  spend(bytes: number): boolean {
    this.left -= bytes;
    if (this.left < 0) this.exceeded = true;
    return !this.exceeded;
  }

  /**
   * spend() for text held once in memory however often the answer repeats it: a page a loader hands to
   * every parent that asks is counted the first time. (When the answer repeats it, the response size
   * limit counts the copies.)
   */
  spendOnce(held: object, bytes: number): boolean {
    if (this.counted.has(held)) return !this.exceeded;
    this.counted.add(held);
    return this.spend(bytes);
  }

  /**
   * Holds `bytes` (the most a read can bring) before the read: false, and the budget spent, when they
   * do not fit. The read then gives back what it did not use (settle).
   */
  reserve(bytes: number): boolean {
    return this.spend(bytes);
  }

  /** After a reserved read: `held` (counted once, as spendOnce) took `used` of the `reserved` bytes. */
  settle(held: object, reserved: number, used: number): void {
    this.counted.add(held);
    this.left += reserved - used;
  }

  /**
   * Runs the request's reads of text one after another: 20 aliases of a page of 100 tickets would
   * otherwise all be read at once, before the first could count against the budget. `heavy` (a page
   * larger than the default), or a request that has read 1 MiB already, takes its turn in the gate.
   */
  serially<T>(read: () => Promise<T>, heavy = false): Promise<T> {
    const run = this.queue.then(() => this.read(read, heavy));
    this.queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  /** A read of text this request has already counted (message bodies): through the gate once the request is heavy. */
  read<T>(read: () => Promise<T>, heavy = false): Promise<T> {
    return heavy || this.maxBytes - this.left >= HEAVY_AFTER_BYTES ? this.heavyReads.run(read) : read();
  }
}
