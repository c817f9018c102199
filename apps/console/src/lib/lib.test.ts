import { type Booking, type RepairOrder } from '../api/types';
import { queryOf } from '../api/client';
import { calendarOf } from './calendar';
import { centreLabel, centreNamesOf } from './centres';
import { actionsFor, viewsFor } from './roles';
import { boardOf, formatDuration, formatMoney, previousQuarter, quarterOf, slaClockOf } from './time';

const now = new Date('2026-11-27T12:00:00Z');
const STANDARD = { QUOTED: 3_600, QC: 1_800 } as Partial<Record<RepairOrder['status'], number>>;
/** An order whose elapsed-time clock started `changedMinutesAgo` (null: its stage has no standard). */
const order = (id: string, status: RepairOrder['status'], changedMinutesAgo: number) => {
  const startedAt = now.getTime() - changedMinutesAgo * 60_000;
  const standardSeconds = STANDARD[status];
  return {
    id,
    status,
    statusChangedAt: new Date(startedAt).toISOString(),
    sla: standardSeconds
      ? {
          stage: status,
          standardSeconds,
          timeBasis: 'elapsed',
          startedAt: new Date(startedAt).toISOString(),
          dueAt: new Date(startedAt + standardSeconds * 1000).toISOString(),
          leftSeconds: 0,
          breached: false,
          ticking: true,
        }
      : null,
  } as RepairOrder;
};

describe('SLA clocks and the board', () => {
  it('counts the time left on the current stage and marks breaches', () => {
    expect(slaClockOf(order('a', 'QUOTED', 20), now)).toEqual({
      standardSeconds: 3_600,
      leftSeconds: 2_400,
      breached: false,
      timeBasis: 'elapsed',
      ticking: true,
    });
    expect(slaClockOf(order('b', 'QC', 40), now)).toMatchObject({
      leftSeconds: -600,
      breached: true,
    });
    expect(slaClockOf(order('c', 'READY', 5), now)).toBeNull();
  });

  it('shows a working-time clock as the server read it: standing still while the centre is closed', () => {
    const closed = {
      ...order('w', 'QUOTED', 600),
      sla: {
        stage: 'QUOTED',
        standardSeconds: 7_200,
        timeBasis: 'working',
        startedAt: '2026-11-27T01:00:00.000Z',
        dueAt: '2026-11-30T09:30:00.000Z',
        leftSeconds: 5_400,
        breached: false,
        ticking: false,
      },
    } as RepairOrder;
    expect(slaClockOf(closed, now)).toMatchObject({ leftSeconds: 5_400, breached: false, ticking: false });
  });

  it('puts orders in their status column, least time left first, and leaves closed ones off', () => {
    const board = boardOf(
      [
        order('late', 'QUOTED', 10),
        order('urgent', 'QUOTED', 50),
        order('done', 'CLOSED', 1),
        order('r', 'READY', 3),
      ],
      now,
    );
    expect(board.get('QUOTED')!.map((c) => c.order.id)).toEqual(['urgent', 'late']);
    expect(board.get('READY')!.map((c) => c.order.id)).toEqual(['r']);
    expect([...board.values()].flat().map((c) => c.order.id)).not.toContain('done');
  });

  it('formats durations and money', () => {
    expect(formatDuration(45)).toBe('45 s');
    expect(formatDuration(12 * 60 + 5)).toBe('12 min');
    expect(formatDuration(3_600 + 5 * 60)).toBe('1 h 05 min');
    expect(formatDuration(-(2 * 86_400 + 3 * 3_600))).toBe('-2 d 3 h');
    expect(formatMoney(21_896, 'EUR')).toBe('218.96 EUR');
  });

  it("formats durations and money in the reader's language", () => {
    expect(formatDuration(-(2 * 86_400 + 3 * 3_600), 'en')).toBe('-2 d 3 h');
    expect(formatDuration(3_600 + 5 * 60, 'en-GB')).toBe('1 h 05 min');
    expect(formatDuration(2 * 86_400 + 3 * 3_600, 'de')).toMatch(/^2\sTg\.\s3\sStd\.$/);
    expect(formatDuration(12 * 60, 'de')).toMatch(/^12\sMin\.$/);
    expect(formatDuration(-(3_600 + 5 * 60), 'zh-Hans')).toBe('-1小时5分钟');
    expect(formatDuration(45, 'zh-Hant')).toMatch(/^45\s?秒$/);
    expect(formatMoney(21_896, 'EUR', 'en')).toBe('€218.96');
    expect(formatMoney(21_896, 'EUR', 'de')).toMatch(/^218,96\s€$/);
    expect(formatMoney(21_896, 'CNY', 'zh-Hans')).toBe('¥218.96');
  });

  it('names quarters', () => {
    expect(quarterOf(now)).toBe('2026-Q4');
    expect(previousQuarter('2026-Q1')).toBe('2025-Q4');
    expect(previousQuarter('2026-Q3')).toBe('2026-Q2');
  });
});

describe('booking calendar', () => {
  it('lays bookings out per day in slot order, without cancelled ones', () => {
    const b = (id: string, slotStart: string, status = 'BOOKED') => ({ id, slotStart, status }) as Booking;
    const days = calendarOf(
      [
        b('late', '2026-11-27T15:00:00.000Z'),
        b('early', '2026-11-27T08:00:00.000Z'),
        b('cancelled', '2026-11-27T09:00:00.000Z', 'CANCELLED'),
        b('tomorrow', '2026-11-28T08:00:00.000Z'),
        b('outside', '2026-12-30T08:00:00.000Z'),
      ],
      now,
      2,
    );
    expect(days.map((d) => [d.day, d.bookings.map((x) => x.id)])).toEqual([
      ['2026-11-27', ['early', 'late']],
      ['2026-11-28', ['tomorrow']],
    ]);
  });
});

describe('roles', () => {
  it('shows each role its views, and admins all of them', () => {
    expect(viewsFor(['service-advisor'])).toEqual(['advisor', 'workshop', 'rescue']);
    expect(viewsFor(['technician'])).toEqual(['advisor', 'workshop']);
    expect(viewsFor(['parts-clerk'])).toEqual(['parts']);
    expect(viewsFor(['complaint-handler'])).toEqual(['complaints']);
    expect(viewsFor(['analyst'])).toEqual(['analyst']);
    expect(viewsFor(['quality-manager'])).toEqual(['quality']);
    expect(viewsFor(['admin'])).toEqual([
      'advisor',
      'workshop',
      'rescue',
      'parts',
      'complaints',
      'analyst',
      'quality',
      'admin',
    ]);
  });

  it('offers only the commands the repair service lets the role perform', () => {
    expect(actionsFor(['approve', 'decline', 'cancel'], ['technician'])).toEqual([]);
    expect(actionsFor(['diagnose', 'cancel'], ['technician'])).toEqual(['diagnose']);
    expect(actionsFor(['quote'], ['technician'])).toEqual([]);
    expect(actionsFor(['quote'], ['service-advisor'])).toEqual(['quote']);
    expect(actionsFor(['approve', 'decline'], ['service-advisor'])).toEqual(['approve', 'decline']);
    expect(actionsFor(['note-progress', 'complete-work'], ['technician'])).toEqual(['complete-work']);
    // Independent QC: not offered to a technician of the order.
    expect(
      actionsFor(['pass-qc', 'fail-qc'], ['technician'], { username: 'tech-1', workedOn: ['tech-1'] }),
    ).toEqual([]);
    expect(actionsFor(['pass-qc'], ['technician'], { username: 'insp-1', workedOn: ['tech-1'] })).toEqual([
      'pass-qc',
    ]);
  });
});

describe('queryOf', () => {
  it('keeps defined values only', () => {
    expect(queryOf({ a: 1, b: undefined, c: '', d: 'x y' })).toBe('?a=1&d=x+y');
    expect(queryOf({})).toBe('');
  });
});

describe('centre names', () => {
  it('names a centre by id and falls back to the short id', () => {
    const names = centreNamesOf([{ id: 'c0ffee00-1111-2222', name: 'Köln Nord' }]);
    expect(centreLabel(names, 'c0ffee00-1111-2222')).toBe('Köln Nord');
    expect(centreLabel(names, 'deadbeef-3333-4444')).toBe('deadbeef');
  });
});
