// Whether, when and how a message goes out (dispositionOf): a service message follows the
// customer's channel, language, opt-out and quiet hours and is dropped when its event is stale;
// a requested one (a sign-in code) goes at once as asked until it expires; a service message
// with an expiry (a survey invitation) follows the customer's wishes and is dropped once expired.
import { type NotifyIntent } from '../domain/intents';
import { quietHoursSchema } from '../domain/quiet-hours';
import { dispositionOf } from './intake';
import { type EffectivePreference } from './preferences';

// 22:30 in Berlin: inside the quiet hours.
const NIGHT = new Date('2026-12-07T21:30:00.000Z');
const MAX_AGE = 24 * 3_600_000;
const pref: EffectivePreference = {
  channel: 'push',
  locale: 'de',
  timeZone: 'Europe/Berlin',
  optedOut: true,
  quietHours: quietHoursSchema.parse('21:00-08:00'),
};
const service: NotifyIntent = {
  templateKey: 'booking-confirmed',
  kind: 'booking',
  subjectId: 'b1',
  customerId: 'c1',
  variables: {},
};
const signIn = (locale: string | null, expiresAt = '2026-12-07T21:40:00.000Z'): NotifyIntent => ({
  templateKey: 'sign-in-code',
  kind: 'sign-in-challenge',
  subjectId: 'ch-1',
  customerId: 'c1',
  variables: {},
  requested: { channel: 'email', locale, expiresAt },
});

describe('dispositionOf', () => {
  it('suppresses a service message for an opted-out customer, and holds one through the night', () => {
    expect(dispositionOf(service, pref, NIGHT, 0, MAX_AGE)).toMatchObject({
      status: 'suppressed',
      lastError: 'opted-out',
    });
    const held = dispositionOf(service, { ...pref, optedOut: false }, NIGHT, 0, MAX_AGE);
    expect(held).toMatchObject({ status: 'pending', channel: 'push', expiresAt: null });
    expect(held.nextAttemptAt?.toISOString()).toBe('2026-12-08T07:00:00.000Z');
  });

  it('sends a sign-in code now on the named channel, whatever the opt-out, quiet hours and event age', () => {
    const d = dispositionOf(signIn('zh-TW'), pref, NIGHT, 2 * MAX_AGE, MAX_AGE);
    expect(d).toEqual({
      channel: 'email',
      locale: 'zh-Hant',
      status: 'pending',
      nextAttemptAt: NIGHT,
      lastError: null,
      expiresAt: new Date('2026-12-07T21:40:00.000Z'),
    });
  });

  it("writes a sign-in code in the customer's language when the page's is not one of ours", () => {
    expect(dispositionOf(signIn('fr-FR'), pref, NIGHT, 0, MAX_AGE).locale).toBe('de');
    expect(dispositionOf(signIn(null), { ...pref, locale: 'en' }, NIGHT, 0, MAX_AGE).locale).toBe('en');
  });

  it('records an already expired sign-in code as suppressed, expired', () => {
    const d = dispositionOf(signIn('en', NIGHT.toISOString()), pref, NIGHT, 0, MAX_AGE);
    expect(d).toMatchObject({ status: 'suppressed', nextAttemptAt: null, lastError: 'expired' });
  });

  it("holds a survey invitation through the quiet hours on the customer's channel, until it expires", () => {
    const invitation = (expiresAt: string): NotifyIntent => ({
      ...service,
      templateKey: 'survey-invitation',
      kind: 'survey-invitation',
      expiresAt,
    });
    const awake = { ...pref, optedOut: false };
    const held = dispositionOf(invitation('2026-12-21T22:59:00.000Z'), awake, NIGHT, 0, MAX_AGE);
    expect(held).toMatchObject({
      status: 'pending',
      channel: 'push',
      nextAttemptAt: new Date('2026-12-08T07:00:00.000Z'),
      expiresAt: new Date('2026-12-21T22:59:00.000Z'),
    });
    expect(dispositionOf(invitation(NIGHT.toISOString()), awake, NIGHT, 0, MAX_AGE)).toMatchObject({
      status: 'suppressed',
      nextAttemptAt: null,
      lastError: 'expired',
    });
    // Not a requested message: the opt-out and the stale-event rule apply.
    expect(dispositionOf(invitation('2026-12-21T22:59:00.000Z'), pref, NIGHT, 0, MAX_AGE).lastError).toBe(
      'opted-out',
    );
    expect(
      dispositionOf(invitation('2026-12-21T22:59:00.000Z'), awake, NIGHT, 2 * MAX_AGE, MAX_AGE).lastError,
    ).toBe('stale-event');
  });
});
