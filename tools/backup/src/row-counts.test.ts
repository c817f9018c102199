import { folderName } from './backup';
import { compareCounts } from './row-counts';

describe('compareCounts', () => {
  it('flags different counts and tables present on one side only', () => {
    expect(compareCounts({ 'public.a': 2, 'public.b': 1 }, { 'public.a': 2, 'public.c': 0 })).toEqual([
      { table: 'public.a', expected: 2, restored: 2, ok: true },
      { table: 'public.b', expected: 1, restored: null, ok: false },
      { table: 'public.c', expected: null, restored: 0, ok: false },
    ]);
  });
});

describe('folderName', () => {
  it('is the UTC time to the second, without colons', () => {
    expect(folderName(new Date('2026-11-27T01:02:03.456Z'))).toBe('2026-11-27T01-02-03Z');
  });
});
