import { runReadinessChecks } from './health';

describe('runReadinessChecks', () => {
  it('reports ok, failed and timed-out checks separately and in parallel', async () => {
    const started = Date.now();
    const report = await runReadinessChecks(
      {
        db: async () => undefined,
        kafka: async () => {
          throw new Error('broker down');
        },
        slow: () => new Promise<void>(() => undefined),
        slow2: () => new Promise<void>(() => undefined),
      },
      50,
    );
    expect(Date.now() - started).toBeLessThan(1000);
    expect(report.ready).toBe(false);
    expect(report.checks).toEqual({ db: 'ok', kafka: 'failed', slow: 'timeout', slow2: 'timeout' });
    expect((report.errors.kafka as Error).message).toBe('broker down');
  });

  it('counts a synchronous throw as a failure', async () => {
    const report = await runReadinessChecks({
      bad: () => {
        throw new Error('sync');
      },
    });
    expect(report).toMatchObject({ ready: false, checks: { bad: 'failed' } });
  });

  it('is ready with no checks', async () => {
    expect(await runReadinessChecks({})).toEqual({ ready: true, checks: {}, errors: {} });
  });
});
