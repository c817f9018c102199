// The repair-order use cases, by stage of the workflow.
export { receive, type ReceptionInput } from './reception';
export { diagnose, type DiagnosisInput } from './diagnosis';
export {
  issueQuote,
  approveQuote,
  declineQuote,
  type QuoteInput,
  type ApprovalInput,
  type DeclineInput,
} from './quotes';
export { assign, recordProgress, recordQc, type QcInput } from './workshop';
export {
  deliver,
  close,
  cancel,
  type DeliveryInput,
  type ClosureInput,
  type CancellationInput,
} from './hand-over';
export { type OrderDeps } from './command';
export { orderForIdentity, type OrderWithCentre } from './lifecycle';
