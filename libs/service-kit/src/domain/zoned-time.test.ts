import {
  isTimeZone,
  localDateOf,
  localDateTimeToInstant,
  timeZoneSchema,
  zonedToInstant,
} from './zoned-time';

describe('zoned time', () => {
  it('knows IANA zones and refuses made-up ones', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(timeZoneSchema.safeParse('Europe/Vienna').success).toBe(true);
    expect(timeZoneSchema.safeParse('Europe/Nowhere').success).toBe(false);
  });

  it('maps 08:00 Berlin to 07:00 UTC in winter and 06:00 UTC in summer', () => {
    expect(localDateTimeToInstant('2026-03-27', 8 * 60, 'Europe/Berlin').toISOString()).toBe(
      '2026-03-27T07:00:00.000Z',
    );
    // 29 March 2026: clocks go forward at 02:00.
    expect(localDateTimeToInstant('2026-03-30', 8 * 60, 'Europe/Berlin').toISOString()).toBe(
      '2026-03-30T06:00:00.000Z',
    );
    expect(localDateTimeToInstant('2026-10-26', 8 * 60, 'Europe/Berlin').toISOString()).toBe(
      '2026-10-26T07:00:00.000Z',
    );
  });

  it('handles the skipped and the repeated hour', () => {
    expect(new Date(zonedToInstant(2026, 3, 29, 150, 'Europe/Berlin')).toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(new Date(zonedToInstant(2026, 10, 25, 150, 'Europe/Berlin')).toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    expect(localDateTimeToInstant('2026-03-29', 24 * 60, 'Europe/Berlin').toISOString()).toBe(
      '2026-03-29T22:00:00.000Z',
    );
  });

  it('reads the local date of an instant', () => {
    expect(localDateOf(new Date('2026-07-01T22:30:00Z'), 'Europe/Berlin')).toBe('2026-07-02');
    expect(localDateOf(new Date('2026-07-01T22:30:00Z'), 'UTC')).toBe('2026-07-01');
    expect(localDateOf(new Date('2026-07-01T03:00:00Z'), 'America/New_York')).toBe('2026-06-30');
  });
});
