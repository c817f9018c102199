import { decideMileage } from './mileage';

describe('mileage rules', () => {
  it('accepts the first reading and equal or higher ones', () => {
    expect(decideMileage(null, { mileageKm: 0 })).toEqual({ ok: true, correction: false });
    expect(decideMileage(1000, { mileageKm: 1000 })).toEqual({ ok: true, correction: false });
    expect(decideMileage(1000, { mileageKm: 1500 })).toEqual({ ok: true, correction: false });
  });

  it('refuses a lower reading without a correction', () => {
    expect(decideMileage(1000, { mileageKm: 999 })).toMatchObject({ ok: false, code: 'decreasing' });
  });

  it('accepts a lower reading as a correction with a reason', () => {
    expect(decideMileage(100_000, { mileageKm: 10_000, correctionReason: 'typo: extra zero' })).toEqual({
      ok: true,
      correction: true,
    });
  });

  it('refuses a correction with a blank reason, and negative or fractional readings', () => {
    expect(decideMileage(1000, { mileageKm: 10, correctionReason: '  ' })).toMatchObject({
      ok: false,
      code: 'correction-without-reason',
    });
    expect(decideMileage(null, { mileageKm: -1 })).toMatchObject({ ok: false, code: 'invalid' });
    expect(decideMileage(null, { mileageKm: 1.5 })).toMatchObject({ ok: false, code: 'invalid' });
  });
});
