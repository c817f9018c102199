// Which events may make a repair order's service outcome due (application/outcomes.ts).
import { type AnyEvent } from '@aftersales/contracts';

/** The repair order whose service outcome may become due after this event. */
export function outcomeOrderOf(event: AnyEvent): string | null {
  switch (event.type) {
    case 'repair.order.completed':
    case 'repair.order.closed':
    case 'survey.completed':
      return event.data.repairOrderId;
    default:
      return null;
  }
}
