// Command-line flags of `npm run backup` and `npm run restore`. Unknown flags are errors, so a
// typo never runs a backup or restore with defaults the operator did not mean.
import { parseArgs } from 'node:util';

export interface BackupArgs {
  out?: string;
  services?: string[];
}

export interface RestoreArgs {
  from: string;
  suffix: string;
  services?: string[];
  replace: boolean;
  noOwner: boolean;
  /** Skip publishing the erasures recorded since the backup again (not for a real restore). */
  noErasureReplay: boolean;
  /** Only replay the erasure log of the backup (after a restore whose replay failed). */
  erasuresOnly: boolean;
}

function serviceList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const names = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.length === 0) throw new Error('--services needs at least one service name');
  return names;
}

export function parseBackupArgs(argv: string[]): BackupArgs {
  const { values } = parseArgs({
    args: argv,
    options: { out: { type: 'string' }, services: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  return { out: values.out, services: serviceList(values.services) };
}

export function parseRestoreArgs(argv: string[]): RestoreArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      from: { type: 'string' },
      suffix: { type: 'string', default: '_restored' },
      services: { type: 'string' },
      replace: { type: 'boolean', default: false },
      'no-owner': { type: 'boolean', default: false },
      'no-erasure-replay': { type: 'boolean', default: false },
      'erasures-only': { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (!values.from) throw new Error('--from <backup folder> is required');
  return {
    from: values.from,
    suffix: values.suffix,
    services: serviceList(values.services),
    replace: values.replace,
    noOwner: values['no-owner'],
    noErasureReplay: values['no-erasure-replay'],
    erasuresOnly: values['erasures-only'],
  };
}
