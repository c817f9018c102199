// Client-chosen ids (centres, regions, dealers, stock locations, technicians, ...) end up in
// events, reports and CSV exports. At the HTTP input they must look like ids: a letter or digit
// first (never `=`, `+`, `-`, `@`, which start a spreadsheet formula), then letters, digits and
// a few separators, no spaces or control characters (docs/security.md, "CSV exports").
// The event contracts keep their looser `Id` (min 1, max 128) so no producer breaks.
import { z } from 'zod';

/** At most 128 characters: a letter or digit, then letters, digits and `. _ : @ / + | ~ -`. */
export const SAFE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:@/+|~-]{0,127}$/;

export const safeIdSchema = z
  .string()
  .regex(
    SAFE_ID_PATTERN,
    'expected an id: a letter or digit first, then letters, digits or . _ : @ / + | ~ - (at most 128)',
  );
