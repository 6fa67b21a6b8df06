// Whole-machine CPU use from /proc/stat (Linux), to tell how much of the machine other processes
// took while a run was measured: the reference machine is small and shared.
import fs from 'node:fs';
import os from 'node:os';

export interface CpuTicks {
  busy: number;
  total: number;
}

export function readMachineTicks(): CpuTicks | null {
  try {
    const line = fs.readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!;
    const fields = line.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal (guest time is already inside user).
    const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = fields;
    return { busy: user + nice + system + irq + softirq + steal, total: user + nice + system + idle + iowait + irq + softirq + steal };
  } catch {
    return null;
  }
}

/** Busy share of the whole machine between two readings, in percent of one core (2 cores → up to 200%). */
export function machineCpuPercent(from: CpuTicks | null, to: CpuTicks | null): number | null {
  if (!from || !to || to.total <= from.total) return null;
  return ((to.busy - from.busy) / (to.total - from.total)) * 100 * os.cpus().length;
}
