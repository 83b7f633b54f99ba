/**
 * Lets one heavy read of text run at a time in the server process, and the event loop serve what is
 * waiting (other requests' I/O) between two. On SQLite a read runs on the event loop itself: 20
 * requests each reading 6.4 MB of notes kept a `{ __typename }` waiting 660 ms behind them. On MySQL
 * it caps the rows the driver holds at once. Light requests never come here.
 */
export class HeavyReadGate {
  private busy = false;
  private readonly waiting: (() => void)[] = [];

  async run<T>(read: () => Promise<T>): Promise<T> {
    if (this.busy) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.busy = true;
    try {
      return await read();
    } finally {
      const next = this.waiting.shift();
      // The turn passes on after a pass of the event loop, not at once in this tick.
      if (next) setImmediate(next);
      else this.busy = false;
    }
  }
}
