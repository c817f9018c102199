import { buildServiceOutcome, isPublishable, type OutcomeOrder } from './outcome';
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
    );
    expect(withSurvey).toMatchObject({
      completeness: 'complete',
      receivedAt: '2026-07-06T08:00:00.000Z',
      order: { responseSeconds: 7200, reworkCount: 1, firstTimeFix: false },
      survey: { surveyId: 's', nps: 9 },
    });
    expect(withSurvey.complaints.map((c) => c.complaintId)).toEqual(['k1', 'k2']);
    expect(buildServiceOutcome(order, null, [])).toMatchObject({
      completeness: 'grace-period-expired',
      survey: null,
      complaints: [],
    });
    expect(() => buildServiceOutcome({ ...order, closedAt: null }, null, [])).toThrow('not closed');
  });
});
