import { replaySizing } from './rebuild';

const MiB = 1024 * 1024;

describe('replay chunk and fetch sizes follow the heap', () => {
  it('keeps chunks of 5,000 and 16 MiB fetches with the gigabyte `npm run rebuild` gives', () => {
    expect(replaySizing(1024 * MiB + 50 * MiB)).toEqual({
      maxBatchSize: 5_000,
      fetch: { maxBytesPerPartition: 16 * MiB, maxBytes: 64 * MiB },
    });
  });

  it("shrinks both under the image's 192 MB heap, where the defaults ran out of memory", () => {
    const small = replaySizing(192 * MiB + 16 * MiB);
    expect(small.maxBatchSize).toBeGreaterThanOrEqual(250);
    expect(small.maxBatchSize).toBeLessThanOrEqual(1_500);
    expect(small.fetch.maxBytesPerPartition).toBeLessThanOrEqual(8 * MiB);
  });

  it('never goes below a useful chunk or a 1 MiB fetch', () => {
    expect(replaySizing(16 * MiB)).toEqual({
      maxBatchSize: 250,
      fetch: { maxBytesPerPartition: MiB, maxBytes: 4 * MiB },
    });
  });
});
