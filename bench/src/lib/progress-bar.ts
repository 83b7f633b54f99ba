/** A one-line progress bar on stderr (redrawn at most 10 times a second). */
export class ProgressBar {
  private done = 0;
  private lastDraw = 0;
  private lastDecile = -1;
  private readonly started = Date.now();

  constructor(
    private readonly label: string,
    private readonly total: number,
  ) {}

  tick(n: number): void {
    this.done += n;
    const now = Date.now();
    if (now - this.lastDraw >= 100 || this.done >= this.total) {
      this.lastDraw = now;
      this.draw();
    }
  }

  finish(): void {
    this.draw();
    if (process.stderr.isTTY) process.stderr.write('\n');
  }

  private draw(): void {
    const ratio = this.total === 0 ? 1 : Math.min(1, this.done / this.total);
    const width = 30;
    const filled = Math.round(ratio * width);
    const seconds = (Date.now() - this.started) / 1000;
    const rate = seconds > 0 ? Math.round(this.done / seconds) : 0;
    const line = `${this.label.padEnd(18)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(ratio * 100).toFixed(0).padStart(3)}% ${this.done.toLocaleString('en')}/${this.total.toLocaleString('en')} ${rate.toLocaleString('en')}/s ${seconds.toFixed(1)}s`;
    if (process.stderr.isTTY) {
      process.stderr.write(`\r${line}`);
      return;
    }
    // Not a terminal (a log file): one line per tenth, no carriage returns.
    const decile = Math.floor(ratio * 10);
    if (decile !== this.lastDecile) {
      this.lastDecile = decile;
      process.stderr.write(`${line}\n`);
    }
  }
}
