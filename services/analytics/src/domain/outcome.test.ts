import { buildServiceOutcome, isPublishable, serviceOutcomeV1, type OutcomeOrder } from './outcome';
import * as ev from '../../test/events';
import { type EventData } from '@aftersales/contracts';

const story = ev.orderStory({
  tenantId: 't',
  orderId: 'o-1',
  centreId: 'c-1',
  regionId: 'r-1',
  start: new Date('2026-07-06T08:00:00Z'),
  rework: 1,
});
const completed = story.events.find((e) => e.type === 'repair.order.completed')!;
const ids = {
  customerPseudonym: 'Y3VzdG9tZXJwc2V1ZG9ueW0',
  vehiclePseudonym: 'dmVoaWNsZXBzZXVkb255bTE',
  pseudonymKeyId: 'k1',
};
const order: OutcomeOrder = {
  repairOrderId: 'o-1',
  openedAt: new Date('2026-07-06T08:00:00Z'),
  diagnosedAt: new Date('2026-07-06T10:00:00Z'),
  completedAt: new Date(completed.occurredAt),
  deliveredAt: null,
  closedAt: story.closedAt,
  completion: completed.data as EventData<'repair.order.completed'>,
};

describe('service outcome', () => {
  it('is publishable only when closed with a known completion', () => {
    expect(isPublishable(order)).toBe(true);
    expect(isPublishable({ ...order, closedAt: null })).toBe(false);
    expect(isPublishable({ ...order, completion: null })).toBe(false);
  });

  it('joins order, survey and complaints; complete only with the survey', () => {
    const withSurvey = buildServiceOutcome(
      order,
      { surveyId: 's', product: 4, service: 5, purchase: 3, nps: 9 },
      [
        { complaintId: 'k2', category: null, severity: null, status: 'open', resolutionSeconds: null },
        { complaintId: 'k1', category: 'billing', severity: 'low', status: 'closed', resolutionSeconds: 60 },
      ],
      ids,
    );
    expect(withSurvey).toMatchObject({
      completeness: 'complete',
      receivedAt: '2026-07-06T08:00:00.000Z',
      order: { responseSeconds: 7200, reworkCount: 1, firstTimeFix: false },
      survey: { surveyId: 's', nps: 9 },
      ...ids,
    });
    expect(withSurvey).not.toHaveProperty('customerId');
    expect(withSurvey).not.toHaveProperty('vehicleId');
    expect(withSurvey.complaints.map((c) => c.complaintId)).toEqual(['k1', 'k2']);
    expect(buildServiceOutcome(order, null, [], ids)).toMatchObject({
      completeness: 'grace-period-expired',
      survey: null,
      complaints: [],
    });
    expect(() => buildServiceOutcome({ ...order, closedAt: null }, null, [], ids)).toThrow('not closed');
  });

  it('as version 1 names customer and vehicle by id instead ("erased" once the customer is)', () => {
    const v2 = buildServiceOutcome(order, null, [], ids);
    const c = order.completion!;
    const v1 = serviceOutcomeV1(v2, c);
    expect(v1).toMatchObject({ customerId: c.customerId, vehicleId: c.vehicleId, repairOrderId: 'o-1' });
    expect(Object.keys(v1)).not.toEqual(expect.arrayContaining(['customerPseudonym']));
    const { customerId: _gone, ...erased } = c;
    expect(serviceOutcomeV1(v2, erased as typeof c)).toMatchObject({ customerId: 'erased' });
  });
});
