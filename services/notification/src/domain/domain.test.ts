// The pure rules: quiet hours in the customer's zone (midnight-crossing, DST), back-off and
// giving up, the channel for a preferred contact channel, which events ask for which message,
// page language tags onto our locales, the self-service links and optional facts of the new
// reminders, and the variables resolved at send time.
import { createEvent } from '@aftersales/contracts';
import { openField, parseSealingKey, sealField } from '@aftersales/service-kit';
import { afterFailure, channelFor } from './delivery';
import { intentOf, signInCodeAad } from './intents';
import { supportedLocaleOf } from './locale';
import { formatVariable, render, resolveAtSend, UnreadableVariable, type Variables } from './template';
import { outsideQuietHours, quietHoursSchema } from './quiet-hours';
import { templates } from '../templates';

const q = quietHoursSchema.parse('21:00-08:00');
const LINKS = { linkBaseUrl: 'https://werkstatt.example/my/' };

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
    expect(intentOf(mk('customer'), LINKS).notify?.templateKey).toBe('complaint-received');
    expect(intentOf(mk('comeback'), LINKS).notify).toBeUndefined();
    expect(intentOf(mk('comeback'), LINKS).link).toMatchObject({ kind: 'complaint', customerId: 'cust-1' });
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
    const n = intentOf(e, LINKS).notify!;
    expect(n).toMatchObject({ templateKey: 'rescue-dispatched', kind: 'rescue', customerId: null });
    expect(Object.keys(n.variables)).toEqual(templates['rescue-dispatched'].placeholders);
  });
});

describe('sign-in codes', () => {
  const key = parseSealingKey(Buffer.alloc(32, 7).toString('base64'));
  const issued = (sealedCode: string) =>
    createEvent('customer.sign-in-code.issued', {
      producer: 'customer',
      tenantId: 't',
      subject: 'ch-1',
      data: {
        challengeId: 'ch-1',
        customerId: 'cust-1',
        channel: 'sms',
        sealedCode,
        locale: 'zh-TW',
        expiresAt: '2026-12-07T10:10:00.000Z',
      },
    });

  it('asks for the sign-in-code message with the code still sealed, on the named channel', () => {
    const sealed = sealField(key, signInCodeAad('ch-1'), '482913');
    const n = intentOf(issued(sealed), LINKS).notify!;
    expect(n).toMatchObject({
      templateKey: 'sign-in-code',
      customerId: 'cust-1',
      requested: { channel: 'sms', locale: 'zh-TW', expiresAt: '2026-12-07T10:10:00.000Z' },
      variables: {
        code: { sealed, aad: 'sign-in:ch-1' },
        validMinutes: { minutesUntil: '2026-12-07T10:10:00.000Z' },
      },
    });
    expect(Object.keys(n.variables).sort()).toEqual([...templates['sign-in-code'].placeholders].sort());
    expect(JSON.stringify(n)).not.toContain('482913');
  });

  it('maps page language tags onto the locales we write, or none', () => {
    const tags = ['zh-CN', 'zh-SG', 'zh', 'zh-TW', 'zh-HK', 'zh-Hant', 'de-DE', 'de-AT', 'en-US', 'EN'];
    expect(tags.map(supportedLocaleOf)).toEqual([
      'zh-Hans',
      'zh-Hans',
      'zh-Hans',
      'zh-Hant',
      'zh-Hant',
      'zh-Hant',
      'de',
      'de',
      'en',
      'en',
    ]);
    expect(['fr-FR', 'ja', 'not a tag!', '', null, undefined].map(supportedLocaleOf)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  const open = (aad: string, sealed: string) => openField(key, aad, sealed);
  const now = new Date('2026-12-07T10:00:00.000Z');

  it('opens sealed variables and counts the minutes left at send time, leaving the rest', () => {
    const vars: Variables = {
      code: { sealed: sealField(key, 'sign-in:ch-1', '482913'), aad: 'sign-in:ch-1' },
      link: {
        url: 'https://dealer.example/my/?challenge=ch-1',
        sealedParam: 'code',
        sealed: sealField(key, 'sign-in:ch-1', '482913'),
        aad: 'sign-in:ch-1',
      },
      validMinutes: { minutesUntil: '2026-12-07T10:09:35.000Z' },
      soon: { minutesUntil: '2026-12-07T10:00:20.000Z' },
      gone: { minutesUntil: '2026-12-07T09:00:00.000Z' },
      ref: 'RO-1',
      at: { instant: '2026-12-07T10:00:00.000Z' },
    };
    expect(resolveAtSend(vars, now, open)).toEqual({
      code: '482913',
      link: 'https://dealer.example/my/?challenge=ch-1&code=482913',
      validMinutes: '10', // 9.58 minutes, rounded
      soon: '1', // never "valid for 0 minutes"
      gone: '1',
      ref: 'RO-1',
      at: { instant: '2026-12-07T10:00:00.000Z' },
    });
  });

  it('refuses a sealed variable that was tampered with or sealed for another challenge', () => {
    const sealed = sealField(key, 'sign-in:ch-1', '482913');
    const flipped = Buffer.from(sealed, 'base64url');
    flipped[flipped.length - 1]! ^= 1;
    for (const v of [
      { sealed: flipped.toString('base64url'), aad: 'sign-in:ch-1' },
      { sealed, aad: 'sign-in:ch-2' },
      { sealed: 'short', aad: 'sign-in:ch-1' },
    ]) {
      expect(() => resolveAtSend({ code: v }, now, open)).toThrow(UnreadableVariable);
    }
  });

  it('never renders a send-time variable unresolved', () => {
    expect(() => formatVariable({ sealed: 'x', aad: 'y' }, 'en', 'UTC')).toThrow(/not resolved/);
    expect(() =>
      formatVariable({ url: 'https://x.example/', sealedParam: 'code', sealed: 'x', aad: 'y' }, 'en', 'UTC'),
    ).toThrow(/not resolved/);
    expect(() => formatVariable({ minutesUntil: now.toISOString() }, 'en', 'UTC')).toThrow(/not resolved/);
  });
});

describe('survey invitations and maintenance reminders', () => {
  it('a survey invitation links to the survey in self-service and expires with the invitation', () => {
    const e = createEvent('survey.invited', {
      producer: 'customer',
      tenantId: 't',
      subject: 'inv-1',
      data: {
        invitationId: 'inv-1',
        repairOrderId: 'ro-1',
        customerId: 'cust-1',
        vehicleId: 'veh-1',
        centreId: 'c1',
        expiresAt: '2026-12-21T22:59:59.000Z',
      },
    });
    const n = intentOf(e, LINKS).notify!;
    expect(n).toMatchObject({
      templateKey: 'survey-invitation',
      customerId: 'cust-1',
      expiresAt: '2026-12-21T22:59:59.000Z',
      variables: {
        surveyLink: 'https://werkstatt.example/my/?survey=inv-1',
        expiresOn: { dateOf: '2026-12-21T22:59:59.000Z' },
      },
    });
    expect(n.requested).toBeUndefined();
  });

  const due = (dueMileageKm: number | null, services: string[]) =>
    createEvent('maintenance.due', {
      producer: 'customer',
      tenantId: 't',
      subject: 'veh-1',
      data: {
        vehicleId: 'veh-1',
        customerId: 'cust-1',
        planId: null,
        dueOn: '2027-01-15',
        dueMileageKm,
        basis: 'plan-time',
        services,
      },
    });

  it('a maintenance reminder names the mileage and the services only when the event does', () => {
    const full = intentOf(due(60_000, ['Ölwechsel', 'Bremsflüssigkeit', 'Inspektion']), LINKS).notify!;
    const bare = intentOf(due(null, []), LINKS).notify!;
    expect(full.variables.bookingLink).toBe('https://werkstatt.example/my/?book=veh-1');
    expect(full.expiresAt).toBeUndefined();
    const text = (n: typeof full) =>
      render(templates['maintenance-due'].texts.de, n.variables, 'de', 'Europe/Berlin').body;
    expect(text(full)).toBe(
      'Die nächste Wartung Ihres Fahrzeugs ist fällig am 15.01.2027 oder bei 60.000 km, je nachdem, ' +
        'was zuerst eintritt. Der Wartungsplan sieht vor: Ölwechsel, Bremsflüssigkeit und Inspektion. ' +
        'Hier können Sie einen Termin buchen: https://werkstatt.example/my/?book=veh-1',
    );
    expect(text(bare)).toBe(
      'Die nächste Wartung Ihres Fahrzeugs ist fällig am 15.01.2027. ' +
        'Hier können Sie einen Termin buchen: https://werkstatt.example/my/?book=veh-1',
    );
  });

  it('a calendar date is the same day in every zone; the day of an instant is the local one', () => {
    expect(formatVariable({ date: '2027-01-15' }, 'en', 'Pacific/Auckland')).toBe('15 Jan 2027');
    // 23:30 UTC on the 21st is already the 22nd in Shanghai.
    const late = { dateOf: '2026-12-21T23:30:00.000Z' };
    expect(formatVariable(late, 'zh-Hans', 'Asia/Shanghai')).toBe('2026年12月22日');
    expect(formatVariable(late, 'de', 'Europe/Lisbon')).toBe('21.12.2026');
  });
});
