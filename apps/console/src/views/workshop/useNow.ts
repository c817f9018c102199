// The platform time, ticking: running clocks in the workshop count up while the view is open.
import { useEffect, useState } from 'react';
import { platformNow } from '../../lib/clock';

export function useNow(everyMs = 1_000): Date {
  const [now, setNow] = useState(() => platformNow());
  useEffect(() => {
    const id = setInterval(() => setNow(platformNow()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}

/** Elapsed time as H:MM:SS (a running clock). */
export function elapsed(fromIso: string, now: Date): string {
  const total = Math.max(0, Math.floor((now.getTime() - new Date(fromIso).getTime()) / 1_000));
  const h = Math.floor(total / 3_600);
  const m = Math.floor((total % 3_600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}
