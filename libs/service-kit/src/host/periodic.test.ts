import { Periodic } from './periodic';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Periodic', () => {
  it('runs a pass after the initial delay, then one per interval, never two at once', async () => {
    let running = 0;
    let overlapped = false;
    let passes = 0;
    const p = new Periodic({ what: 'test', intervalMs: 10, initialDelayMs: 0 }, async () => {
      running += 1;
      overlapped ||= running > 1;
      await sleep(25); // longer than the interval
      passes += 1;
      running -= 1;
    });
    p.start();
    p.start(); // a second start is a no-op
    await sleep(120);
    await p.stop();
    expect(passes).toBeGreaterThanOrEqual(2);
    expect(overlapped).toBe(false);
    const after = passes;
    await sleep(60);
    expect(passes).toBe(after); // nothing after stop
  });

  it('logs a failed pass and tries again; stop waits for the pass in flight', async () => {
    const warnings: string[] = [];
    const logger = { warn: (_o: unknown, msg: string) => warnings.push(msg) } as never;
    let calls = 0;
    let finished = false;
    const p = new Periodic({ what: 'flaky sweep', intervalMs: 5, initialDelayMs: 0, logger }, async () => {
      calls += 1;
      if (calls === 1) throw new Error('boom');
      await sleep(30);
      finished = true;
    });
    p.start();
    await sleep(15);
    await p.stop();
    expect(warnings).toEqual(['flaky sweep failed; retrying next interval']);
    expect(calls).toBe(2);
    expect(finished).toBe(true);
  });
});
