import { TransitionRefused } from './errors';
import { COMMANDS, STATUSES, allowedCommands, transition, type Command, type Status } from './state-machine';

// Written out by hand from the reference design of the workflow (not derived from the table):
// every legal (status, command).
const LEGAL: [Status, Command, Status][] = [
  ['RECEIVED', 'diagnose', 'DIAGNOSED'],
  ['DIAGNOSED', 'quote', 'QUOTED'],
  ['QUOTED', 'quote', 'QUOTED'],
  ['IN_PROGRESS', 'quote', 'QUOTED'],
  ['QUOTED', 'approve', 'APPROVED'],
  ['QUOTED', 'decline', 'DECLINED'],
  ['APPROVED', 'assign', 'IN_PROGRESS'],
  ['IN_PROGRESS', 'assign', 'IN_PROGRESS'],
  ['WAITING_PARTS', 'assign', 'WAITING_PARTS'],
  ['IN_PROGRESS', 'note-progress', 'IN_PROGRESS'],
  ['WAITING_PARTS', 'note-progress', 'WAITING_PARTS'],
  ['IN_PROGRESS', 'complete-work', 'QC'],
  ['QC', 'pass-qc', 'READY'],
  ['QC', 'fail-qc', 'IN_PROGRESS'],
  ['READY', 'deliver', 'DELIVERED'],
  ['DELIVERED', 'close', 'CLOSED'],
  ['DECLINED', 'close', 'CLOSED'],
  ['APPROVED', 'parts-backordered', 'WAITING_PARTS'],
  ['IN_PROGRESS', 'parts-backordered', 'WAITING_PARTS'],
  ['WAITING_PARTS', 'parts-available', 'IN_PROGRESS'], // entered from IN_PROGRESS (see below for APPROVED)
  ...(
    [
      'RECEIVED',
      'DIAGNOSED',
      'QUOTED',
      'APPROVED',
      'DECLINED',
      'IN_PROGRESS',
      'WAITING_PARTS',
      'QC',
      'READY',
    ] as Status[]
  ).map((s): [Status, Command, Status] => [s, 'cancel', 'CANCELLED']),
];

const legal = new Map(LEGAL.map(([s, c, to]) => [`${s}/${c}`, to]));
const pairs = STATUSES.flatMap((s) => COMMANDS.map((c) => [s, c] as [Status, Command]));

describe('repair-order state machine', () => {
  it('has 12 statuses and 14 commands (168 pairs)', () => {
    expect(pairs).toHaveLength(168);
  });

  it.each(pairs.filter(([s, c]) => legal.has(`${s}/${c}`)))('%s + %s is legal', (status, command) => {
    const resumeStatus = status === 'WAITING_PARTS' ? 'IN_PROGRESS' : null;
    const result = transition({ status, resumeStatus }, command);
    expect(result.status).toBe(legal.get(`${status}/${command}`));
    expect(result.from).toBe(status);
    expect(result.changed).toBe(result.status !== status);
  });

  it.each(pairs.filter(([s, c]) => !legal.has(`${s}/${c}`)))(
    '%s + %s is refused with a clear error',
    (status, command) => {
      const attempt = () => transition({ status, resumeStatus: null }, command);
      expect(attempt).toThrow(TransitionRefused);
      try {
        attempt();
      } catch (err) {
        const e = err as TransitionRefused;
        expect(e.code).toBe('command-refused');
        expect(e.type).toBe('urn:aftersales:problem:repair:invalid-transition');
        expect(e.message).toContain(`Cannot ${command} a repair order that is ${status}`);
        expect(e).toMatchObject({ aggregate: 'repair order', currentStatus: status, command });
        expect(e.allowedCommands).toEqual(allowedCommands(status));
      }
    },
  );

  it('refuses everything in the terminal statuses', () => {
    expect(allowedCommands('CLOSED')).toEqual([]);
    expect(allowedCommands('CANCELLED')).toEqual([]);
    expect(() => transition({ status: 'CLOSED', resumeStatus: null }, 'cancel')).toThrow(
      /takes no further commands/,
    );
  });

  it('lists the allowed commands in the error', () => {
    expect(() => transition({ status: 'RECEIVED', resumeStatus: null }, 'approve')).toThrow(
      'Cannot approve a repair order that is RECEIVED (allowed now: diagnose, cancel).',
    );
  });

  describe('waiting for parts', () => {
    it('remembers APPROVED when parts are backordered before work starts, and resumes there', () => {
      const waiting = transition({ status: 'APPROVED', resumeStatus: null }, 'parts-backordered');
      expect(waiting).toMatchObject({ status: 'WAITING_PARTS', resumeStatus: 'APPROVED' });
      expect(transition(waiting, 'parts-available')).toMatchObject({
        status: 'APPROVED',
        resumeStatus: null,
        changed: true,
      });
    });

    it('resumes IN_PROGRESS when work was under way', () => {
      const waiting = transition({ status: 'IN_PROGRESS', resumeStatus: null }, 'parts-backordered');
      expect(waiting.resumeStatus).toBe('IN_PROGRESS');
      expect(transition(waiting, 'parts-available').status).toBe('IN_PROGRESS');
    });

    it('resumes IN_PROGRESS once a technician was assigned while waiting', () => {
      const waiting = transition({ status: 'APPROVED', resumeStatus: null }, 'parts-backordered');
      const assigned = transition(waiting, 'assign');
      expect(assigned).toMatchObject({
        status: 'WAITING_PARTS',
        resumeStatus: 'IN_PROGRESS',
        changed: false,
      });
      expect(transition(assigned, 'parts-available').status).toBe('IN_PROGRESS');
    });

    it('keeps the resume status across progress notes', () => {
      const waiting = transition({ status: 'APPROVED', resumeStatus: null }, 'parts-backordered');
      expect(transition(waiting, 'note-progress').resumeStatus).toBe('APPROVED');
    });

    it('clears the resume status on leaving', () => {
      expect(
        transition({ status: 'WAITING_PARTS', resumeStatus: 'IN_PROGRESS' }, 'cancel').resumeStatus,
      ).toBeNull();
    });
  });

  it('runs the full happy path with rework', () => {
    const steps: Command[] = [
      'diagnose',
      'quote',
      'approve',
      'assign',
      'parts-backordered',
      'parts-available',
      'complete-work',
      'fail-qc',
      'complete-work',
      'pass-qc',
      'deliver',
      'close',
    ];
    let state = { status: 'RECEIVED' as Status, resumeStatus: null as Status | null };
    const seen: Status[] = [];
    for (const c of steps) {
      state = transition(state, c);
      seen.push(state.status);
    }
    expect(seen).toEqual([
      'DIAGNOSED',
      'QUOTED',
      'APPROVED',
      'IN_PROGRESS',
      'WAITING_PARTS',
      'IN_PROGRESS',
      'QC',
      'IN_PROGRESS',
      'QC',
      'READY',
      'DELIVERED',
      'CLOSED',
    ]);
  });
});
