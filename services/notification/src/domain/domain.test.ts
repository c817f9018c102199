// The pure rules: quiet hours in the customer's zone (midnight-crossing, DST), back-off and
// giving up, the channel for a preferred contact channel, and which events ask for which message.
import { createEvent } from '@aftersales/contracts';
import { afterFailure, channelFor } from './delivery';
import { intentOf } from './intents';
import { outsideQuietHours, quietHoursSchema } from './quiet-hours';
import { templates } from '../templates';

const q = quietHoursSchema.parse('21:00-08:00');

describe('quiet hours', () => {
  it('lets a daytime instant through', () => {
    const at = new Date('2026-12-07T10:00:00.000Z');
    expect(outsideQuietHours(at, 'Europe/Berlin', q)).toEqual(at);
  });
  it('moves an evening instant to 08:00 the next local day', () => {
    expect(outsideQuietHours(new Date('2026-12-07T21:30:00.000Z'), 'Europe/Berlin', q).toISOString()).toBe(
      '2026-12-08T07:00:00.000Z',
    );
  });
  it('moves an early-morning instant to 08:00 the same local day', () => {
    expect(outsideQuietHours(new Date('2026-12-08T04:00:00.000Z'), 'Europe/Berlin', q).toISOString()).toBe(
      '2026-12-08T07:00:00.000Z',
    );
  });
  it('ends the night in the customer zone across a DST change', () => {
    // Saturday 28 March 2026 22:00 Berlin (CET); Sunday 08:00 is CEST (UTC+2).
    expect(outsideQuietHours(new Date('2026-03-28T21:00:00.000Z'), 'Europe/Berlin', q).toISOString()).toBe(
      '2026-03-29T06:00:00.000Z',
    );
  });
  it('uses the zone: 22:00 UTC is 06:00 in Shanghai, still quiet until 08:00', () => {
    expect(outsideQuietHours(new Date('2026-12-07T22:00:00.000Z'), 'Asia/Shanghai', q).toISOString()).toBe(
      '2026-12-08T00:00:00.000Z',
    );
  });
  it('a daytime window and no window', () => {
    const day = quietHoursSchema.parse('12:00-14:00');
    expect(outsideQuietHours(new Date('2026-12-07T12:30:00.000Z'), 'UTC', day).toISOString()).toBe(
      '2026-12-07T14:00:00.000Z',
    );
    expect(quietHoursSchema.parse('')).toBeNull();
    const at = new Date('2026-12-07T23:00:00.000Z');
    expect(outsideQuietHours(at, 'UTC', null)).toEqual(at);
  });
});

describe('delivery rules', () => {
  it('backs off exponentially up to the cap, then gives up', () => {
    const policy = { maxAttempts: 5, baseMs: 1000, maxMs: 5000 };
    expect([1, 2, 3, 4].map((n) => afterFailure(n, policy))).toEqual([
      { status: 'failed', delayMs: 1000 },
      { status: 'failed', delayMs: 2000 },
      { status: 'failed', delayMs: 4000 },
      { status: 'failed', delayMs: 5000 },
    ]);
    expect(afterFailure(5, policy)).toEqual({ status: 'dead' });
  });
  it('maps contact channels', () => {
    expect(['email', 'sms', 'phone', 'app', 'post', null].map(channelFor)).toEqual([
      'email',
      'sms',
      'sms',
      'push',
      'email',
      'email',
    ]);
  });
});

describe('intents', () => {
  it('tells a customer of a complaint they made, not of one opened proactively', () => {
    const base = {
      complaintId: 'c1',
      referenceNumber: 'C-2026-000001',
      channel: 'web' as const,
      sourceEventId: null,
      customerId: 'cust-1',
      vehicleId: null,
      repairOrderId: null,
      centreId: null,
      category: null,
      severity: null,
      deadlines: null,
    };
    const mk = (trigger: 'customer' | 'comeback') =>
      createEvent('complaint.registered', {
        producer: 'complaint',
        tenantId: 't',
        subject: 'c1',
        data: { ...base, trigger },
      });
    expect(intentOf(mk('customer')).notify?.templateKey).toBe('complaint-received');
    expect(intentOf(mk('comeback')).notify).toBeUndefined();
    expect(intentOf(mk('comeback')).link).toMatchObject({ kind: 'complaint', customerId: 'cust-1' });
  });
  it('a rescue dispatch asks for the ETA message through the rescue link', () => {
    const e = createEvent('rescue.dispatched', {
      producer: 'repair',
      tenantId: 't',
      subject: 'r1',
      data: {
        rescueId: 'r1',
        regionId: 'north',
        centreId: 'c1',
        centreType: 'regional-centre',
        technicianId: null,
        distanceKm: 12,
        etaAt: '2026-12-07T10:40:00.000Z',
      },
    });
    const n = intentOf(e).notify!;
    expect(n).toMatchObject({ templateKey: 'rescue-dispatched', kind: 'rescue', customerId: null });
    expect(Object.keys(n.variables)).toEqual(templates['rescue-dispatched'].placeholders);
  });
});
