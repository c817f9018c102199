// One error type for every contract failure, so producers and consumers (and the DLQ
// headers) can report exactly which field was wrong.
import { type z } from 'zod';

export interface ContractIssue {
  /** Dotted path into the event, e.g. `data.lines[0].quantity`; '' for the event itself. */
  path: string;
  message: string;
}

export class ContractViolation extends Error {
  override readonly name = 'ContractViolation';
  readonly issues: ContractIssue[];
  /** The event type when it was known. */
  readonly eventType: string | undefined;

  constructor(issues: ContractIssue[], eventType?: string) {
    const what = eventType ? `event ${eventType}` : 'event';
    const details = issues.map((i) => `${i.path || '(event)'}: ${i.message}`).join('; ');
    super(`Contract violation in ${what}: ${details}`);
    this.issues = issues;
    this.eventType = eventType;
  }
}

/** Renders a zod path as `a.b[0].c`, under an optional prefix. */
export function formatPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

export function issuesOf(error: z.ZodError, prefix = ''): ContractIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path, prefix), message: issue.message }));
}
