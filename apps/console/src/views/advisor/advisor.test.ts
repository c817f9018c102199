// The service desk's pure parts: what a search text asks for, which ids the board still needs
// (in batches of 100), the booking window and which time a card promises.
import { type Booking, type RepairOrder } from '../../api/types';
import { bookingWindow, missingIds, promiseOf } from './boardDetails';
import { searchKinds } from './deskSearch';
import { minorOf } from './prices';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('desk search', () => {
  it('takes a 17-character VIN as a VIN only', () => {
    expect(searchKinds(' wvwzzz1jzxw000777 ')).toEqual({ vin: 'WVWZZZ1JZXW000777' });
  });
  it('tries a plate and a name for letters and digits', () => {
    expect(searchKinds('K-WB 2024')).toEqual({ plate: 'K-WB 2024', name: 'K-WB 2024' });
    expect(searchKinds('Müller')).toEqual({ plate: 'Müller', name: 'Müller' });
  });
  it('tries a phone number (and a plate) for digits', () => {
    expect(searchKinds('+49 151 2000 1000')).toEqual({
      phone: '+49 151 2000 1000',
      plate: '+49 151 2000 1000',
    });
    expect(searchKinds('0151-20001000').phone).toBe('0151-20001000');
    expect(searchKinds('1234').phone).toBeUndefined();
  });
  it('skips a plate for long names and asks nothing for blanks', () => {
    expect(searchKinds('Jürgen Müller-Lüdenscheidt')).toEqual({ name: 'Jürgen Müller-Lüdenscheidt' });
    expect(searchKinds('  - ')).toEqual({});
  });
});

describe('board details', () => {
  it('asks for unknown, well-formed ids once each, 100 per batch', () => {
    const known = new Map([[id(1), {}]]);
    const ids = [id(1), id(2), id(2), 'walk-in', ...Array.from({ length: 120 }, (_, i) => id(100 + i))];
    const batches = missingIds(ids, known);
    expect(batches.map((b) => b.length)).toEqual([100, 21]);
    expect(batches.flat()).not.toContain(id(1));
    expect(batches.flat()).not.toContain('walk-in');
    expect(batches[0]![0]).toBe(id(2));
  });

  it('looks for bookings two days around the reception times', () => {
    const orders = [
      { reception: { receivedAt: '2026-12-04T10:00:00.000Z' } },
      { reception: { receivedAt: '2026-12-01T08:00:00.000Z' } },
    ] as RepairOrder[];
    expect(bookingWindow(orders)).toEqual({
      slotFrom: '2026-11-29T08:00:00.000Z',
      slotTo: '2026-12-06T10:00:00.000Z',
    });
  });

  it('promises the order’s own time before its booking slot', () => {
    const bookings = new Map([[id(9), { id: id(9), slotStart: '2026-12-04T07:00:00.000Z' } as Booking]]);
    const booked = { bookingId: id(9) } as RepairOrder;
    expect(promiseOf(booked, bookings)).toEqual({ kind: 'slot', at: '2026-12-04T07:00:00.000Z' });
    const promised = { ...booked, promisedAt: '2026-12-04T16:00:00.000Z' } as RepairOrder;
    expect(promiseOf(promised, bookings)).toEqual({ kind: 'promised', at: '2026-12-04T16:00:00.000Z' });
    expect(promiseOf({ bookingId: null } as RepairOrder, bookings)).toBeNull();
  });
});

describe('quote prices as typed', () => {
  it('reads major units with a dot or a comma as whole cents', () => {
    expect(minorOf('44.50')).toBe(4_450);
    expect(minorOf('44,5')).toBe(4_450);
    expect(minorOf(' 120 ')).toBe(12_000);
    expect(minorOf('0.07')).toBe(7);
  });

  it('refuses what is not a price (the service would refuse it too)', () => {
    for (const typed of ['', '4.555', '-3', '1e3', 'abc', '12.'])
      expect(Number.isNaN(minorOf(typed))).toBe(true);
  });
});
