// The complaint service's errors, in service-kit's one domain error family: the kit answers each
// kind with the same problem shape ({ type, title, status, detail, code, ...details }); this
// module only names the problem types clients match on and phrases the complaint desk's refusals.
// No HTTP here.
import { CommandRefused, Conflict, RuleViolation, UnknownReference } from '@aftersales/service-kit/domain';

/** The problem type URIs of this service (complaints and the quality context). */
export const ProblemTypes = {
  commandRefused: 'urn:aftersales:problem:complaint:command-refused',
  rule: 'urn:aftersales:problem:complaint:rule',
  duplicateRoutingRule: 'urn:aftersales:problem:complaint:duplicate-routing-rule',
  unknownTemplate: 'urn:aftersales:problem:quality:unknown-template',
  scoreOutOfRange: 'urn:aftersales:problem:quality:score-out-of-range',
  checklistMismatch: 'urn:aftersales:problem:quality:checklist-mismatch',
} as const;

const article = (noun: string) => (/^[aeiou]/.test(noun) ? 'an' : 'a');

/**
 * The state of a complaint (or inquiry, audit, improvement action, supervision report) does not
 * allow the command: a 409 naming `aggregate`, `currentStatus`, `command` and `allowedCommands`.
 */
export function commandRefused(
  aggregate: string,
  currentStatus: string,
  command: string,
  allowedCommands: readonly string[],
  reason: string,
): CommandRefused {
  return new CommandRefused(
    aggregate,
    currentStatus,
    command,
    allowedCommands,
    `Cannot ${command} ${article(aggregate)} ${aggregate} that is ${currentStatus}: ${reason}.`,
    { type: ProblemTypes.commandRefused },
  );
}

export type QualityRule = 'score-out-of-range' | 'checklist-mismatch';

const QUALITY_TYPES: Record<QualityRule, string> = {
  'score-out-of-range': ProblemTypes.scoreOutOfRange,
  'checklist-mismatch': ProblemTypes.checklistMismatch,
};

/** Audit results that break the template's checklist (422, `code` and the item in the details). */
export function qualityRuleViolated(
  code: QualityRule,
  message: string,
  details: Record<string, unknown> = {},
): RuleViolation {
  return new RuleViolation(message, { type: QUALITY_TYPES[code], code, details });
}

/** An audit names a template that does not exist in the caller's tenant (422). */
export function unknownTemplate(templateId: string): UnknownReference {
  return new UnknownReference('templateId', `Audit template ${templateId} does not exist.`, {
    type: ProblemTypes.unknownTemplate,
    code: 'unknown-template',
    details: { templateId },
  });
}

/** A routing rule for the same category, severity and centre exists (409, with its id). */
export function duplicateRoutingRule(ruleId: string): Conflict {
  return new Conflict(
    'A rule for this category, severity and centre exists; delete it first to change its team.',
    { type: ProblemTypes.duplicateRoutingRule, code: 'duplicate-routing-rule', details: { ruleId } },
  );
}
