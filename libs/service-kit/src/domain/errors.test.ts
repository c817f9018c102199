import { toProblem } from '../problem';
import {
  CommandRefused,
  Conflict,
  NotAllowed,
  NotFound,
  RuleViolation,
  StaleVersion,
  UnknownReference,
  expectVersion,
} from './errors';

describe('domain errors become one problem shape', () => {
  it('maps each kind to its status, default type and title, with code and details as members', () => {
    const cases = [
      [new RuleViolation('Stock would go negative.', { code: 'insufficient-stock' }), 422, 'rule-violated'],
      [new UnknownReference('partId', 'No such part.'), 422, 'rule-violated'],
      [
        new CommandRefused('repair order', 'QUOTED', 'deliver', ['approve', 'decline']),
        409,
        'command-refused',
      ],
      [new Conflict('Changed concurrently; retry.'), 409, 'conflict'],
      [new NotFound('Rescue r-1 not found.'), 404, null],
      [
        new NotAllowed('An inspector may not check their own work.', { code: 'self-inspection' }),
        403,
        'not-allowed',
      ],
      [new StaleVersion(7), 412, 'stale-version'],
    ] as const;
    for (const [err, status, kind] of cases) {
      const body = toProblem(err).toJSON('/v1/x');
      expect(body.status).toBe(status);
      expect(body.type).toBe(kind ? `urn:aftersales:problem:${kind}` : 'about:blank');
      expect(body.detail).toBe(err.message);
      expect(body.code).toBe(err.code);
    }
  });

  it('keeps a service type URI and puts the details beside the core members', () => {
    const refused = new CommandRefused('repair order', 'QUOTED', 'deliver', ['approve'], undefined, {
      type: 'urn:aftersales:problem:repair:invalid-transition',
    });
    expect(toProblem(refused).toJSON()).toEqual({
      type: 'urn:aftersales:problem:repair:invalid-transition',
      title: 'Command not allowed in the current state',
      status: 409,
      detail: 'Cannot deliver a repair order that is QUOTED (allowed now: approve).',
      code: 'command-refused',
      aggregate: 'repair order',
      currentStatus: 'QUOTED',
      command: 'deliver',
      allowedCommands: ['approve'],
    });
    expect(toProblem(new UnknownReference('vehicleId', 'No such vehicle.')).toJSON()).toMatchObject({
      code: 'unknown-reference',
      field: 'vehicleId',
    });
  });

  it('expectVersion throws StaleVersion only for a named, different version', () => {
    expect(() => expectVersion(undefined, 3)).not.toThrow();
    expect(() => expectVersion(3, 3)).not.toThrow();
    expect(() => expectVersion(2, 3)).toThrow(StaleVersion);
  });
});
