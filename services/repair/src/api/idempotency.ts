// Creating POSTs are idempotent by Idempotency-Key (service-kit's idempotentCreate, over this
// service's idempotency_record table).
export { idempotentCreate, type Created } from '@aftersales/service-kit';
