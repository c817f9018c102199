import { parseBackupArgs, parseRestoreArgs } from './args';

describe('parseBackupArgs', () => {
  it('reads --out and a comma-separated --services list', () => {
    expect(parseBackupArgs(['--out', '/backups', '--services', 'customer, repair'])).toEqual({
      out: '/backups',
      services: ['customer', 'repair'],
    });
    expect(parseBackupArgs([])).toEqual({ out: undefined, services: undefined });
  });

  it('rejects an empty service list and unknown flags', () => {
    expect(() => parseBackupArgs(['--services', ','])).toThrow(/at least one/);
    expect(() => parseBackupArgs(['--output', 'x'])).toThrow(/Unknown option/);
  });
});

describe('parseRestoreArgs', () => {
  it('defaults the suffix to _restored and replace to false', () => {
    expect(parseRestoreArgs(['--from', 'backups/x'])).toEqual({
      from: 'backups/x',
      suffix: '_restored',
      services: undefined,
      replace: false,
      noOwner: false,
      noErasureReplay: false,
      erasuresOnly: false,
    });
  });

  it('takes the erasure-log switches', () => {
    expect(parseRestoreArgs(['--from', 'b', '--no-erasure-replay'])).toMatchObject({ noErasureReplay: true });
    expect(parseRestoreArgs(['--from', 'b', '--erasures-only'])).toMatchObject({ erasuresOnly: true });
  });

  it('takes an empty suffix (restore under the original names) and --replace', () => {
    expect(parseRestoreArgs(['--from', 'b', '--suffix', '', '--replace', '--no-owner'])).toMatchObject({
      suffix: '',
      replace: true,
      noOwner: true,
    });
  });

  it('requires --from', () => {
    expect(() => parseRestoreArgs(['--suffix', '_x'])).toThrow(/--from/);
  });
});
