// The complaint service's consumer. Proactive complaints: a low survey score, a failed QC or a comeback repair opens a complaint
// by itself (each trigger switched per tenant); a centre KPI snapshot outside the configured
// limits opens an improvement action (QUALITY_KPI_LIMITS). Every event goes through the inbox in the same
// transaction as the complaint it opens, so a redelivered event opens nothing more; the unique
// (tenant, source event) key is the second lock on that door. A customer's erasure redacts the
// texts of their complaints and inquiries (application/erasure.ts). Each effect is one unit of
// work of the service acting for the event's tenant (caused by the event), inside the inbox
// transaction.
import { topicOf, type AnyEvent, type EventOf } from '@aftersales/contracts';
import {
  EventConsumer,
  handleOnce,
  type ConsumerConnection,
  type InboxOutcome,
  type MessageMeta,
} from '@aftersales/kafka';
import { openKpiBreachActions } from '../application/actions';
import { redactCustomer } from '../application/erasure';
import { type ComplaintContext } from '../application/context';
import { registerComplaint, type RegisterInput } from '../application/register';
import { loadSettings, type ServiceDefaults } from '../application/settings';
import { systemWork, withinWork, type Work } from '../application/unit-of-work';
import { type Tx } from '../db/client';
import {
  comebackComplaint,
  qcFailedComplaint,
  surveyComplaint,
  type ProactiveDecision,
} from '../domain/proactive';

type ProactiveEvent =
  EventOf<'survey.completed'> | EventOf<'repair.order.qc-failed'> | EventOf<'repair.order.completed'>;

export const PROACTIVE_TOPICS = [
  topicOf('survey.completed'),
  topicOf('repair.order.qc-failed'),
  topicOf('analytics.kpi.snapshot'),
  topicOf('customer.erased'),
];

/** The complaint an event opens, or null; runs in the event's unit of work. */
export async function applyProactiveEvent(
  uow: Work,
  defaults: ServiceDefaults,
  event: ProactiveEvent,
): Promise<string | null> {
  const settings = await loadSettings(uow.tx, event.tenantId, defaults);
  let decision: ProactiveDecision | null;
  let link: Pick<RegisterInput, 'customerId' | 'vehicleId' | 'repairOrderId' | 'centreId'>;
  let description: string;
  switch (event.type) {
    case 'survey.completed': {
      const d = event.data;
      decision = surveyComplaint(settings.proactive, d);
      link = {
        customerId: d.customerId,
        vehicleId: d.vehicleId,
        repairOrderId: d.repairOrderId,
        centreId: d.centreId,
      };
      description = `Opened automatically from survey ${d.surveyId}: NPS ${d.nps}, scores product ${d.scores.product}, service ${d.scores.service}, purchase ${d.scores.purchase}.`;
      break;
    }
    case 'repair.order.qc-failed': {
      const d = event.data;
      decision = qcFailedComplaint(settings.proactive);
      link = { customerId: null, vehicleId: null, repairOrderId: d.repairOrderId, centreId: d.centreId };
      description = `Opened automatically: quality control failed (attempt ${d.attempt}, checks ${d.failedChecks.join(', ')}).`;
      break;
    }
    case 'repair.order.completed': {
      const d = event.data;
      decision = comebackComplaint(settings.proactive, d.comeback);
      link = {
        customerId: d.customerId,
        vehicleId: d.vehicleId,
        repairOrderId: d.repairOrderId,
        centreId: d.centreId,
      };
      description = `Opened automatically: comeback repair${d.comebackOfRepairOrderId ? ` of repair order ${d.comebackOfRepairOrderId}` : ''}.`;
      break;
    }
  }
  if (!decision) return null;
  const complaint = await registerComplaint(uow, defaults, {
    channel: event.type === 'survey.completed' ? 'survey' : 'system',
    trigger: decision.trigger,
    sourceEventId: event.id,
    ...link,
    description,
    category: decision.category,
    severity: decision.severity,
    createdBy: null,
  });
  return complaint.id;
}

export interface ProactiveConsumerOptions extends ConsumerConnection {
  /** Test hook: each handled event and its inbox outcome. */
  onHandled?: (event: ProactiveEvent, outcome: 'applied' | 'duplicate', meta: MessageMeta) => void;
  /** Test hook: a customer's erasure was applied (or found applied). */
  onErased?: (event: EventOf<'customer.erased'>) => void;
}

export function createProactiveConsumer(
  ctx: ComplaintContext,
  opts: ProactiveConsumerOptions,
): EventConsumer {
  /**
   * Applies `effect` once per event (the inbox), as the service's unit of work for the event's
   * tenant inside the inbox transaction; wakes the relay after a commit that wrote events.
   */
  const once = async <R>(
    event: AnyEvent,
    meta: MessageMeta,
    effect: (uow: Work) => Promise<R>,
  ): Promise<{ outcome: InboxOutcome; result: R | undefined }> => {
    let result: R | undefined;
    let emitted = false;
    const outcome = await handleOnce<Tx>(
      ctx.prisma,
      {
        consumerGroup: meta.groupId,
        event,
        topic: meta.topic,
        partition: meta.partition,
        offset: meta.offset,
      },
      async (tx) => {
        ({ result, emitted } = await withinWork(tx, systemWork(event.tenantId, ctx.now(), event.id), effect));
      },
    );
    if (emitted) ctx.onEvents?.();
    return { outcome, result };
  };

  const handle = async (event: ProactiveEvent, meta: MessageMeta) => {
    const { outcome, result: opened } = await once(event, meta, (uow) =>
      applyProactiveEvent(uow, ctx.defaults, event),
    );
    if (opened) {
      opts.logger?.info(
        { eventId: event.id, type: event.type, complaintId: opened },
        'proactive complaint opened',
      );
    }
    opts.onHandled?.(event, outcome, meta);
  };
  const handleKpis = async (event: EventOf<'analytics.kpi.snapshot'>, meta: MessageMeta) => {
    const { result: opened = 0 } = await once(event, meta, (uow) =>
      openKpiBreachActions(uow, ctx.defaults, event),
    );
    if (opened > 0) {
      opts.logger?.info({ eventId: event.id, opened }, 'improvement actions opened for KPI breaches');
    }
  };
  const handleErasure = async (event: EventOf<'customer.erased'>, meta: MessageMeta) => {
    await once(event, meta, async (uow) => {
      const redacted = await redactCustomer(uow, event.data.customerId);
      opts.logger?.info({ eventId: event.id, ...redacted }, 'erased customer redacted');
    });
    opts.onErased?.(event);
  };
  return new EventConsumer({
    ...opts,
    topics: PROACTIVE_TOPICS,
    handlers: {
      'survey.completed': handle,
      'repair.order.qc-failed': handle,
      'repair.order.completed': handle,
      'analytics.kpi.snapshot': handleKpis,
      'customer.erased': handleErasure,
    },
  });
}
