// The claims mapping as a file (a Kubernetes ConfigMap in production): read and validated at
// start-up, where a bad file stops the gateway, then read again whenever it changes. A change
// that does not validate is logged and ignored: the previous mapping stays in force rather than
// signing everyone out because of a typo.
import { readFileSync, statSync } from 'node:fs';
import { z } from 'zod';
import { type Logger } from '@aftersales/service-kit';
import { identityMappingSchema, type IdentityMapping } from './identity-mapping';

/** How often at most the file's modification time is looked at. */
const RECHECK_MS = 1_000;

export function parseMappingFile(file: string): IdentityMapping {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`IDENTITY_MAPPING_FILE ${file}: ${(err as Error).message}`, { cause: err });
  }
  const parsed = identityMappingSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`IDENTITY_MAPPING_FILE ${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export class MappingFile {
  private mapping: IdentityMapping;
  private mtimeMs: number;
  private checkedAt = 0;

  /** Throws when the file is missing or invalid: start-up must fail loudly. */
  constructor(
    private readonly file: string,
    private readonly logger: Logger,
  ) {
    this.mtimeMs = statSync(file).mtimeMs;
    this.mapping = parseMappingFile(file);
  }

  /** The mapping in force, re-read first if the file changed since the last look. */
  current(): IdentityMapping {
    const now = Date.now();
    if (now - this.checkedAt < RECHECK_MS) return this.mapping;
    this.checkedAt = now;
    let mtimeMs: number;
    try {
      mtimeMs = statSync(this.file).mtimeMs;
    } catch (err) {
      this.logger.error(
        { err, file: this.file },
        'identity mapping file unreadable; keeping the previous one',
      );
      return this.mapping;
    }
    if (mtimeMs === this.mtimeMs) return this.mapping;
    try {
      this.mapping = parseMappingFile(this.file);
      this.mtimeMs = mtimeMs;
      this.logger.info({ file: this.file }, 'identity mapping reloaded');
    } catch (err) {
      this.mtimeMs = mtimeMs; // logged once per change, not on every request
      this.logger.error(
        { err, file: this.file },
        'identity mapping change is invalid; keeping the previous one',
      );
    }
    return this.mapping;
  }
}
