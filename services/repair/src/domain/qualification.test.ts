import { evaluateQualification, MIN_PARTNER_AUDIT_SCORE } from './qualification';

const at = new Date('2026-06-01T00:00:00.000Z');
const doc = (id: string, kind: string, validUntil: string) => ({ id, kind, reference: id, validUntil });

describe('evaluateQualification', () => {
  it('is unqualified until assessed', () => {
    expect(evaluateQualification([], 95, at)).toMatchObject({ qualified: false, reason: 'document-missing' });
    expect(evaluateQualification([doc('d1', 'acc', '2027-01-01T00:00:00Z')], null, at)).toMatchObject({
      qualified: false,
      reason: 'audit-missing',
    });
  });

  it('qualifies with valid documents and an audit at the threshold, until the first expiry', () => {
    const q = evaluateQualification(
      [doc('d1', 'acc', '2027-01-01T00:00:00Z'), doc('d2', 'insurance', '2026-09-01T00:00:00Z')],
      MIN_PARTNER_AUDIT_SCORE,
      at,
    );
    expect(q).toEqual({
      qualified: true,
      reason: 'qualified',
      validUntil: new Date('2026-09-01T00:00:00Z'),
      expiredDocumentIds: [],
    });
  });

  it('an expired document or a low audit disqualifies; a renewal of the same kind replaces the old one', () => {
    const expired = [doc('d1', 'acc', '2026-05-01T00:00:00Z')];
    expect(evaluateQualification(expired, 90, at)).toMatchObject({
      qualified: false,
      reason: 'document-expired',
      expiredDocumentIds: ['d1'],
    });
    expect(
      evaluateQualification([...expired, doc('d2', 'acc', '2027-05-01T00:00:00Z')], 90, at).qualified,
    ).toBe(true);
    expect(evaluateQualification([doc('d2', 'acc', '2027-05-01T00:00:00Z')], 69.9, at)).toMatchObject({
      qualified: false,
      reason: 'audit-below-threshold',
    });
  });
});
