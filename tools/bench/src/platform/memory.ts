// Resident memory of the platform's processes, read from /proc/<pid>/status (VmRSS): what the
// kernel actually holds for each service, not what its heap thinks it uses.
import { readFileSync } from 'node:fs';

export function rssMb(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status)?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined; // the process exited (or no /proc on this OS)
  }
}

/** Samples every process's RSS on an interval and keeps the peak of each. */
export class RssSampler {
  private readonly peaks = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly pids: () => Record<string, number | undefined>) {}

  /** One reading of every process now. */
  snapshot(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [name, pid] of Object.entries(this.pids())) {
      const mb = pid === undefined ? undefined : rssMb(pid);
      if (mb !== undefined) out[name] = mb;
    }
    return out;
  }

  start(intervalMs = 250): void {
    this.timer = setInterval(() => {
      for (const [name, mb] of Object.entries(this.snapshot()))
        this.peaks.set(name, Math.max(mb, this.peaks.get(name) ?? 0));
    }, intervalMs);
  }

  stop(): Record<string, number> {
    clearInterval(this.timer);
    for (const [name, mb] of Object.entries(this.snapshot()))
      this.peaks.set(name, Math.max(mb, this.peaks.get(name) ?? 0));
    return Object.fromEntries(this.peaks);
  }
}
