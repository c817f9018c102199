// The repair-order state machine, as a table: for each command, the statuses
// it is legal in and where it leads. Everything not in the table is refused with TransitionRefused.
//
//   RECEIVED -> DIAGNOSED -> QUOTED -> APPROVED -> IN_PROGRESS <-> WAITING_PARTS -> QC -> READY
//     -> DELIVERED -> CLOSED
//   QUOTED -> DECLINED (-> CLOSED when the vehicle is handed back unrepaired)
//   QUOTED -> QUOTED (re-quote on extra findings), IN_PROGRESS -> QUOTED (extra work)
//   QC -> IN_PROGRESS (failed QC: rework), any status before DELIVERED -> CANCELLED
//   APPROVED -> WAITING_PARTS when parts are backordered before work starts; WAITING_PARTS
//   resumes to the status it was entered from (APPROVED or IN_PROGRESS; IN_PROGRESS once a
//   technician was assigned while waiting).
import { type RepairOrderStatus as StatusSchema } from '@aftersales/contracts';
import { type z } from 'zod';
import { TransitionRefused } from './errors';

export type Status = z.infer<typeof StatusSchema>;

export const STATUSES: readonly Status[] = [
  'RECEIVED',
  'DIAGNOSED',
  'QUOTED',
  'APPROVED',
  'DECLINED',
  'IN_PROGRESS',
  'WAITING_PARTS',
  'QC',
  'READY',
  'DELIVERED',
  'CLOSED',
  'CANCELLED',
];

export const COMMANDS = [
  'diagnose',
  'quote',
  'approve',
  'decline',
  'assign',
  'note-progress',
  'complete-work',
  'pass-qc',
  'fail-qc',
  'deliver',
  'close',
  'cancel',
  'parts-backordered',
  'parts-available',
] as const;
export type Command = (typeof COMMANDS)[number];

/** Where a legal command leads; RESUME means "back to the status WAITING_PARTS was entered from". */
const RESUME = 'RESUME' as const;
type Target = Status | typeof RESUME;

const PRE_DELIVERY: readonly Status[] = [
  'RECEIVED',
  'DIAGNOSED',
  'QUOTED',
  'APPROVED',
  'DECLINED',
  'IN_PROGRESS',
  'WAITING_PARTS',
  'QC',
  'READY',
];

const TABLE: Record<Command, Partial<Record<Status, Target>>> = {
  diagnose: { RECEIVED: 'DIAGNOSED' },
  quote: { DIAGNOSED: 'QUOTED', QUOTED: 'QUOTED', IN_PROGRESS: 'QUOTED' },
  approve: { QUOTED: 'APPROVED' },
  decline: { QUOTED: 'DECLINED' },
  assign: { APPROVED: 'IN_PROGRESS', IN_PROGRESS: 'IN_PROGRESS', WAITING_PARTS: 'WAITING_PARTS' },
  'note-progress': { IN_PROGRESS: 'IN_PROGRESS', WAITING_PARTS: 'WAITING_PARTS' },
  'complete-work': { IN_PROGRESS: 'QC' },
  'pass-qc': { QC: 'READY' },
  'fail-qc': { QC: 'IN_PROGRESS' },
  deliver: { READY: 'DELIVERED' },
  close: { DELIVERED: 'CLOSED', DECLINED: 'CLOSED' },
  cancel: Object.fromEntries(PRE_DELIVERY.map((s) => [s, 'CANCELLED'])) as Partial<Record<Status, Target>>,
  'parts-backordered': { APPROVED: 'WAITING_PARTS', IN_PROGRESS: 'WAITING_PARTS' },
  'parts-available': { WAITING_PARTS: RESUME },
};

export const TERMINAL: readonly Status[] = ['CLOSED', 'CANCELLED'];
/** Statuses in which the order still occupies the workshop (backlog, SLA clocks). */
export const OPEN_STATUSES: readonly Status[] = STATUSES.filter(
  (s) => !['DELIVERED', 'CLOSED', 'CANCELLED', 'DECLINED'].includes(s),
);

export interface MachineState {
  status: Status;
  /** Set while WAITING_PARTS: the status to resume to when parts arrive. */
  resumeStatus: Status | null;
}

export interface TransitionResult extends MachineState {
  from: Status;
  /** false for commands that stay in the same status (notes, reassignment, re-quote). */
  changed: boolean;
}

/** Commands legal in a status, in table order (for error messages and the API's `allowedCommands`). */
export function allowedCommands(status: Status): Command[] {
  return COMMANDS.filter((c) => TABLE[c][status] !== undefined);
}

export function canApply(status: Status, command: Command): boolean {
  return TABLE[command][status] !== undefined;
}

/** Applies a command to the state or throws TransitionRefused; pure. */
export function transition(state: MachineState, command: Command): TransitionResult {
  const target = TABLE[command][state.status];
  if (target === undefined)
    throw new TransitionRefused('repair order', state.status, command, allowedCommands(state.status));
  let to: Status;
  let resumeStatus: Status | null = null;
  if (target === RESUME) {
    to = state.resumeStatus ?? 'IN_PROGRESS';
  } else {
    to = target;
  }
  if (to === 'WAITING_PARTS') {
    // Entering: remember where from. Staying (assign while waiting): work resumes as IN_PROGRESS.
    resumeStatus =
      state.status === 'WAITING_PARTS'
        ? command === 'assign'
          ? 'IN_PROGRESS'
          : state.resumeStatus
        : state.status;
  }
  return { from: state.status, status: to, resumeStatus, changed: to !== state.status };
}
