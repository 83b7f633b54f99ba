export const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

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

  constructor(readonly maxBytes = MAX_RESPONSE_BYTES) {
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
  /**
   * Runs the request's reads of text one after another: 20 aliases of a page of 100 tickets would
   * otherwise all be read at once, before the first could count against the budget.
   */
  serially<T>(read: () => Promise<T>): Promise<T> {
    const run = this.queue.then(read);
    this.queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  spendOnce(held: object, bytes: number): boolean {
    if (this.counted.has(held)) return !this.exceeded;
    this.counted.add(held);
    return this.spend(bytes);
  }
}
