import { ContractViolation, createEvent, eventTypes, parseEvent, type AnyEvent, type EventOf } from '../src';
import { samples } from './fixtures';

const base = { producer: 'repair', tenantId: 'dg-hanse', subject: 'ro-5001' };

function violation(fn: () => unknown): ContractViolation {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ContractViolation);
    return error as ContractViolation;
  }
  throw new Error('expected a ContractViolation');
}

function validWire(): Record<string, unknown> {
  const event = createEvent('repair.order.completed', { ...base, data: samples['repair.order.completed'] });
  return JSON.parse(JSON.stringify(event)) as Record<string, unknown>;
}

describe('createEvent', () => {
  it('fills id, version, occurredAt and correlation defaults', () => {
    const event = createEvent('survey.completed', { ...base, data: samples['survey.completed'] });
    expect(event.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(event.type).toBe('survey.completed');
    expect(event.version).toBe(1);
    expect(event.occurredAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Math.abs(Date.parse(event.occurredAt) - Date.now())).toBeLessThan(5000);
    expect(event.correlationId).toBe(event.id);
    expect(event.causationId).toBeNull();
    expect(event.data.nps).toBe(3);
  });

  it('keeps the given correlation, causation and time', () => {
    const event = createEvent('complaint.registered', {
      ...base,
      data: samples['complaint.registered'],
      correlationId: 'corr-1',
      causationId: 'cause-1',
      occurredAt: new Date('2026-03-12T10:00:00Z'),
    });
    expect(event).toMatchObject({
      correlationId: 'corr-1',
      causationId: 'cause-1',
      occurredAt: '2026-03-12T10:00:00.000Z',
    });
  });

  it('gives every event a new id', () => {
    const a = createEvent('parts.demand', { ...base, data: samples['parts.demand'] });
    const b = createEvent('parts.demand', { ...base, data: samples['parts.demand'] });
    expect(a.id).not.toBe(b.id);
  });

  it('refuses data that breaks the schema, naming the field', () => {
    const data = { ...samples['survey.completed'], nps: 11 };
    const error = violation(() => createEvent('survey.completed', { ...base, data }));
    expect(error.eventType).toBe('survey.completed');
    expect(error.issues).toEqual([expect.objectContaining({ path: 'data.nps' })]);
    expect(error.message).toContain('data.nps');
  });

  it('refuses a nested bad value with an indexed path', () => {
    const data = samples['repair.parts.requested'];
    const bad = { ...data, lines: [{ ...data.lines[0]!, quantity: -1 }] };
    const error = violation(() => createEvent('repair.parts.requested', { ...base, data: bad }));
    expect(error.issues.map((i) => i.path)).toEqual(['data.lines[0].quantity']);
  });

  it('refuses an empty tenant and an invalid date', () => {
    const data = samples['customer.erased'];
    expect(
      violation(() => createEvent('customer.erased', { ...base, tenantId: '', data })).issues[0]!.path,
    ).toBe('tenantId');
    expect(
      violation(() => createEvent('customer.erased', { ...base, data, occurredAt: new Date('nope') }))
        .issues[0]!.path,
    ).toBe('occurredAt');
  });
});

describe('parseEvent', () => {
  it.each(eventTypes.map((t) => [t]))('round-trips %s through JSON', (type) => {
    const event = createEvent(type, { ...base, data: samples[type] } as never) as AnyEvent;
    const wire = JSON.stringify(event);
    expect(parseEvent(JSON.parse(wire))).toEqual(event);
    expect(parseEvent(wire)).toEqual(event);
    expect(parseEvent(Buffer.from(wire))).toEqual(event);
  });

  it('narrows data by type', () => {
    const event = parseEvent(validWire());
    if (event.type !== 'repair.order.completed') throw new Error('wrong type');
    const completed: EventOf<'repair.order.completed'> = event;
    expect(completed.data.reworkCount).toBe(1);
  });

  it('drops unknown fields (tolerant reader) so newer producers do not break older consumers', () => {
    const wire = validWire();
    wire.newEnvelopeField = 1;
    (wire.data as Record<string, unknown>).addedLater = 'x';
    const event = parseEvent(wire);
    expect(event).not.toHaveProperty('newEnvelopeField');
    expect(event.data).not.toHaveProperty('addedLater');
  });

  it('rejects a bad uuid', () => {
    const error = violation(() => parseEvent({ ...validWire(), id: 'not-a-uuid' }));
    expect(error.issues.map((i) => i.path)).toEqual(['id']);
  });

  it('rejects a time that is not UTC ISO-8601', () => {
    const error = violation(() => parseEvent({ ...validWire(), occurredAt: '2026-03-12T10:00:00+01:00' }));
    expect(error.issues.map((i) => i.path)).toEqual(['occurredAt']);
  });

  it('rejects an unknown type', () => {
    const error = violation(() => parseEvent({ ...validWire(), type: 'repair.order.teleported' }));
    expect(error.issues).toEqual([{ path: 'type', message: 'Unknown event type "repair.order.teleported"' }]);
  });

  it('does not treat inherited names as event types', () => {
    expect(violation(() => parseEvent({ ...validWire(), type: 'constructor' })).issues[0]!.path).toBe('type');
  });

  it('rejects an unsupported version', () => {
    const error = violation(() => parseEvent({ ...validWire(), version: 2 }));
    expect(error.issues[0]!.path).toBe('version');
    expect(error.message).toContain('Unsupported version 2 of repair.order.completed');
  });

  it('rejects a version that is not a positive integer', () => {
    expect(violation(() => parseEvent({ ...validWire(), version: 0 })).issues[0]!.path).toBe('version');
    expect(violation(() => parseEvent({ ...validWire(), version: '1' })).issues[0]!.path).toBe('version');
  });

  it('rejects bad data with the path of every wrong field', () => {
    const wire = validWire();
    const data = wire.data as Record<string, unknown>;
    data.reworkCount = -1;
    data.partsCost = { amountMinor: 10.5, currency: 'eur' };
    delete data.comeback;
    const error = violation(() => parseEvent(wire));
    expect(error.eventType).toBe('repair.order.completed');
    expect(error.issues.map((i) => i.path).sort()).toEqual([
      'data.comeback',
      'data.partsCost.amountMinor',
      'data.partsCost.currency',
      'data.reworkCount',
    ]);
  });

  it('rejects missing envelope fields and non-objects', () => {
    const { subject: _s, ...withoutSubject } = validWire();
    expect(violation(() => parseEvent(withoutSubject)).issues.map((i) => i.path)).toEqual(['subject']);
    expect(violation(() => parseEvent(null)).issues[0]!.path).toBe('');
    expect(violation(() => parseEvent(42)).message).toMatch(/^Contract violation in event: \(event\): /);
  });

  it('rejects invalid JSON text', () => {
    const error = violation(() => parseEvent('{"id": '));
    expect(error.message).toContain('Not valid JSON');
  });

  it('is an Error with a readable message', () => {
    const error = violation(() => parseEvent({ ...validWire(), id: 'x' }));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ContractViolation');
    expect(error.message).toMatch(/^Contract violation in event repair\.order\.completed: id: /);
  });
});
