// Improvement actions (CAPA): root-cause analysis and plan, implementation, verification of
// the effect after a set period, closure. Only a verified, effective action closes; an
// ineffective verification sends it back to open for a new analysis.
//   open --analyse--> planned --implement--> implemented --verify(effective)--> verified --close--> closed
//                                                         --verify(not effective)--> open
// A due date missed before implementation escalates once (a new due date can escalate again).
import { z } from 'zod';
import * as contracts from '@aftersales/contracts';
import { assertAllowed, type Transitions } from './state-machine';

export const ActionSource = contracts.ActionSource;
export type ActionSource = z.infer<typeof ActionSource>;

export const ActionStatus = z.enum(['open', 'planned', 'implemented', 'verified', 'closed']);
export type ActionStatus = z.infer<typeof ActionStatus>;

export type ActionCommand = 'analyse' | 'implement' | 'verify' | 'close';

const TRANSITIONS: Transitions<ActionStatus, ActionCommand> = {
  open: ['analyse'],
  planned: ['analyse', 'implement'],
  implemented: ['verify'],
  verified: ['close'],
  closed: [],
};

const REASONS: Partial<Record<ActionCommand, string>> = {
  implement: 'record the root cause and action plan first',
  verify: 'the action must be implemented before its effect can be verified',
  close: 'an action closes only after its effect was verified as effective',
};

export function assertActionCan(status: ActionStatus, command: ActionCommand): void {
  assertAllowed('improvement action', TRANSITIONS, status, command, REASONS[command]);
}

export interface ActionClock {
  status: string;
  dueAt: Date;
  dueEscalatedAt: Date | null;
}

/** The due date escalates while the action is not yet implemented, once per due date. */
export function actionEscalateAt(a: ActionClock): Date | null {
  return (a.status === 'open' || a.status === 'planned') && !a.dueEscalatedAt ? a.dueAt : null;
}

export interface PatternRule {
  /** This many complaints of one category at one centre... */
  threshold: number;
  /** ...registered within this many days open an action. */
  windowDays: number;
}

/** The source reference of a complaint pattern: one open action per centre and category. */
export const patternRef = (centreId: string, category: string) => `pattern:${centreId}:${category}`;
