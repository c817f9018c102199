import { IdempotencyKeyReused } from '@aftersales/service-kit/domain';
import { domainProblem } from '@aftersales/service-kit';
import {
  ProblemTypes,
  duplicateSurvey,
  duplicateVin,
  erasedCustomer,
  followUpCompleted,
  notFound,
  ruleViolation,
  unknownReference,
} from './errors';

// What each of the service's errors is answered with (service-kit maps the kinds to statuses).
const answer = (err: Parameters<typeof domainProblem>[0]) => domainProblem(err).toJSON();

describe('customer problems', () => {
  it('keeps the type URIs clients match on and answers each kind with its status and code', () => {
    expect(answer(erasedCustomer('update'))).toMatchObject({
      type: ProblemTypes.erased,
      status: 409,
      code: 'customer-erased',
      command: 'update',
      allowedCommands: [],
    });
    expect(answer(followUpCompleted('satisfied'))).toMatchObject({
      type: ProblemTypes.followUpCompleted,
      status: 409,
      detail: 'Its outcome was recorded as "satisfied".',
    });
    expect(answer(duplicateVin('WVWZZZ1JZXW000001'))).toMatchObject({
      type: ProblemTypes.duplicateVin,
      status: 409,
      code: 'duplicate-vin',
      vin: 'WVWZZZ1JZXW000001',
    });
    expect(answer(duplicateSurvey('ro-1'))).toMatchObject({ status: 409, repairOrderId: 'ro-1' });
    expect(answer(unknownReference('surveyId', 'No such survey.'))).toMatchObject({
      type: ProblemTypes.unknownReference,
      status: 422,
      code: 'unknown-reference',
      field: 'surveyId',
    });
    expect(answer(ruleViolation('No.', { code: 'decreasing', details: { currentMileageKm: 5 } }))).toEqual({
      type: ProblemTypes.rule,
      title: 'Business rule violated',
      status: 422,
      detail: 'No.',
      code: 'decreasing',
      currentMileageKm: 5,
    });
    expect(answer(ruleViolation('No.')).code).toBe('rule-violated');
    expect(answer(new IdempotencyKeyReused())).toMatchObject({
      type: 'urn:aftersales:problem:idempotency-key-reused',
      status: 422,
    });
    expect(answer(notFound())).toMatchObject({ status: 404, code: 'not-found' });
  });
});
