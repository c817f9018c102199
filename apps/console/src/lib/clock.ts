// The platform's time, not the browser's. Views compare server data (SLA stage starts, due dates,
// KPI periods) with "now"; a PC clock minutes off, or the demo's simulated week, would make them
// wrong. After sign-in the console asks the gateway (GET /v1/clock) and keeps the offset to
// Date.now(); platformNow() applies it. Session expiry stays on real time (the gateway's clock).

/** How often the offset is refreshed (drift of the PC clock, a demo clock that changed speed). */
export const CLOCK_SYNC_MS = 5 * 60_000;

/**
 * Platform time minus local time, from one answer: the server read its clock somewhere during the
 * round trip, so compare with the middle of it (error at most half the round trip).
 */
export function offsetOf(serverNow: string, sentAtMs: number, receivedAtMs: number): number {
  const serverMs = Date.parse(serverNow);
  if (Number.isNaN(serverMs)) throw new Error(`not a time: ${serverNow}`);
  return Math.round(serverMs - (sentAtMs + receivedAtMs) / 2);
}

let offsetMs = 0;

/** The current offset (0 until the first sync, or when the gateway could not be asked). */
export const platformOffset = (): number => offsetMs;

/** Now on the platform's clock. */
export function platformNow(localMs: number = Date.now()): Date {
  return new Date(localMs + offsetMs);
}

/**
 * Asks for the platform time once and keeps the offset. On failure the previous offset stays
 * (0 at first: the browser's clock is the best guess left) and the error is returned, not thrown.
 */
export async function syncPlatformClock(
  fetchNow: () => Promise<{ now: string }>,
  localNow: () => number = Date.now,
): Promise<Error | undefined> {
  try {
    const sentAt = localNow();
    const { now } = await fetchNow();
    offsetMs = offsetOf(now, sentAt, localNow());
    return undefined;
  } catch (err) {
    return err instanceof Error ? err : new Error(String(err));
  }
}

/** For tests: back to the browser's clock. */
export function resetPlatformClock(): void {
  offsetMs = 0;
}
