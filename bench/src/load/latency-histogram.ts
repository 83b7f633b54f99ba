import * as hdr from 'hdr-histogram-js';

/** Latencies in microseconds in an HDR histogram (3 significant digits), read back in milliseconds. */
export class LatencyHistogram {
  private readonly histogram = hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 120_000_000,
    numberOfSignificantValueDigits: 3,
  });

  record(ms: number): void {
    this.histogram.recordValue(Math.max(1, Math.round(ms * 1000)));
  }

  percentile(p: number): number {
    return Math.round(this.histogram.getValueAtPercentile(p) / 10) / 100;
  }
}
