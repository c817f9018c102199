// The catalogue keys of the quality data's enumerations (statuses, sources, severities): typed, so
// a new value the API declares fails the type check until it has a label.
import { type Hazard, type ImprovementAction } from '../../api/types';
import { type MessageKey } from '../../i18n/I18n';
import { type ActionStep } from '../../lib/quality';

export const ACTION_STATUS: Record<ImprovementAction['status'], MessageKey> = {
  open: 'quality.status.open',
  planned: 'quality.status.planned',
  implemented: 'quality.status.implemented',
  verified: 'quality.status.verified',
  closed: 'quality.status.closed',
};

export const ACTION_SOURCE: Record<ImprovementAction['source'], MessageKey> = {
  'audit-finding': 'quality.source.auditFinding',
  'complaint-pattern': 'quality.source.complaintPattern',
  'kpi-breach': 'quality.source.kpiBreach',
  'supervision-report': 'quality.source.supervisionReport',
};

export const HAZARD_SEVERITY: Record<Hazard['severity'], MessageKey> = {
  low: 'quality.severity.low',
  medium: 'quality.severity.medium',
  high: 'quality.severity.high',
  critical: 'quality.severity.critical',
};

export const HAZARD_STATUS: Record<Hazard['status'], MessageKey> = {
  OPEN: 'quality.hazardStatus.open',
  RECTIFIED: 'quality.hazardStatus.rectified',
  VERIFIED: 'quality.hazardStatus.verified',
};

/** The repair service's reasons a partner is not qualified (a string there: unknown ones show as sent). */
export const PARTNER_REASON: Partial<Record<string, MessageKey>> = {
  'document-missing': 'quality.partners.documentMissing',
  'document-expired': 'quality.partners.documentExpired',
  'audit-missing': 'quality.partners.auditMissing',
  'audit-below-threshold': 'quality.partners.auditBelowThreshold',
  none: 'quality.partners.none',
};

/** What happened to an action (a string in the API: unknown kinds show as sent). */
export const HISTORY_KIND: Partial<Record<string, MessageKey>> = {
  opened: 'quality.history.opened',
  analysis: 'quality.history.analysis',
  implementation: 'quality.history.implementation',
  verification: 'quality.history.verification',
  closed: 'quality.history.closed',
  escalation: 'quality.history.escalation',
};

export const NEXT_STEP: Record<ActionStep | 'reanalyse' | 'none', MessageKey> = {
  analyse: 'quality.next.analyse',
  reanalyse: 'quality.next.reanalyse',
  implement: 'quality.next.implement',
  verify: 'quality.next.verify',
  close: 'quality.next.close',
  none: 'quality.next.closed',
};
