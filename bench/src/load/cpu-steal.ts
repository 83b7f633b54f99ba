import fs from 'node:fs';

/** The machine's CPU time so far, summed over its CPUs, in kernel ticks. */
export interface CpuTicks {
  /** Given by the hypervisor to other guests while this VM had work to run ("steal"). */
  stolen: number;
  total: number;
}

const STOLEN_COLUMN = 8; // /proc/stat's cpu line: user nice system idle iowait irq softirq steal …

/** From /proc/stat's first line; null where there is none. */
export function readCpuTicks(): CpuTicks | null {
  if (!fs.existsSync('/proc/stat')) return null;
  const text = fs.readFileSync('/proc/stat', 'latin1');
  const fields = text.slice(0, text.indexOf('\n')).trim().split(/\s+/).slice(1).map(Number);
  return {
    stolen: fields[STOLEN_COLUMN - 1] ?? 0,
    // guest time is already counted in user time
    total: fields.slice(0, STOLEN_COLUMN).reduce((sum, n) => sum + n, 0),
  };
}

/** Ticks between two readings, added up over the parts of a measurement. */
export function addTicks(sum: CpuTicks, before: CpuTicks | null, after: CpuTicks | null): void {
  if (!before || !after) return;
  sum.stolen += after.stolen - before.stolen;
  sum.total += after.total - before.total;
}
