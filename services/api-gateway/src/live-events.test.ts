import { type AnyEvent } from '@aftersales/contracts';
import { type Identity } from '@aftersales/service-kit';
import { toLiveEvent, visibleTo } from './live-events';

const event = (data: Record<string, unknown>) =>
  ({
    id: 'e-1',
    type: 'customer.customer.updated',
    version: 1,
    occurredAt: '2026-11-27T03:00:00.000Z',
    producer: 'customer',
    tenantId: 'dg-1',
    subject: 'cust-1',
    correlationId: 'e-1',
    causationId: null,
    data,
  }) as unknown as AnyEvent;

const user = (over: Partial<Identity> = {}): Identity => ({
  userId: 'u-1',
  tenantId: 'dg-1',
  dealerIds: '*',
  centreIds: '*',
  roles: ['service-advisor'],
  ...over,
});

describe('toLiveEvent', () => {
  it('keeps ids and statuses and drops everything else (names, phones, emails, notes, nested objects)', () => {
    const live = toLiveEvent(
      event({
        customerId: 'cust-1',
        dealerId: 'd-1',
        status: 'active',
        level: 2,
        name: 'Jonas Weber',
        phone: '+49 151 2000 1000',
        email: 'jonas@example.de',
        notes: 'called twice',
        contact: { email: 'x@example.de' },
        partnerId: null,
      }),
    );
    expect(live).toEqual({
      id: 'e-1',
      type: 'customer.customer.updated',
      subject: 'cust-1',
      occurredAt: '2026-11-27T03:00:00.000Z',
      data: { customerId: 'cust-1', dealerId: 'd-1', status: 'active', level: 2 },
    });
  });
});

describe('visibleTo', () => {
  const live = toLiveEvent(event({ centreId: 'c-1' }));
  it('shows an event to its own tenant only', () => {
    expect(visibleTo(user(), 'dg-1', live)).toBe(true);
    expect(visibleTo(user({ tenantId: 'dg-2' }), 'dg-1', live)).toBe(false);
  });
  it("hides a centre's event from users scoped to other centres", () => {
    expect(visibleTo(user({ centreIds: ['c-1'] }), 'dg-1', live)).toBe(true);
    expect(visibleTo(user({ centreIds: ['c-2'] }), 'dg-1', live)).toBe(false);
    expect(visibleTo(user({ centreIds: ['c-2'] }), 'dg-1', toLiveEvent(event({})))).toBe(true);
  });
});
