// Customer service events: customers, vehicles, follow-ups and satisfaction surveys.
// PII (names, phones, emails, addresses, ID numbers) never appears here: it is encrypted
// in the customer service and erased by crypto-shredding, which a Kafka log cannot do.
import { z } from 'zod';
import {
  CalendarDate,
  ContactChannel,
  Id,
  MileageKm,
  NpsAnswer,
  Score5,
  Timestamp,
  UserId,
} from '../primitives';

export const CustomerKind = z.enum(['person', 'company']);

export const Consents = z.object({
  marketing: z.boolean(),
  dataProcessing: z.boolean(),
});

/** Fields a change may touch; PII fields are named, their values are not sent. */
export const CustomerField = z.enum([
  'name',
  'phone',
  'email',
  'address',
  'idNumber',
  'kind',
  'preferredChannel',
  'consents',
  'dealer',
]);

export const CustomerRegistered = z
  .object({
    customerId: Id,
    kind: CustomerKind,
    dealerId: Id.nullable().describe('Dealer within the tenant (dealer group) the customer belongs to'),
    preferredChannel: ContactChannel,
    consents: Consents,
  })
  .describe('A customer (person or company) was registered.');

export const CustomerUpdated = z
  .object({
    customerId: Id,
    revision: z.int().min(1).describe('Customer record version after the change (optimistic concurrency)'),
    changedFields: z.array(CustomerField).min(1),
    kind: CustomerKind,
    dealerId: Id.nullable(),
    preferredChannel: ContactChannel,
    consents: Consents,
  })
  .describe('Customer data changed; non-personal fields carry their new value, PII fields are only named.');

export const CustomerErased = z
  .object({
    customerId: Id,
    basis: z.enum(['customer-request', 'retention-expired', 'legal-order']),
    vehicleIds: z.array(Id).describe('Vehicles the customer owned, so consumers can anonymise links'),
  })
  .describe(
    "The customer's personal data was erased (data key destroyed); consumers anonymise their copies.",
  );

export const VehicleRegistered = z
  .object({
    vehicleId: Id,
    vin: z.string().regex(/^[A-HJ-NPR-Z0-9]{17}$/, 'expected a 17-character VIN'),
    make: z.string().min(1).max(64),
    model: z.string().min(1).max(64),
    modelYear: z.int().min(1900).max(2100),
    ownerCustomerId: Id.nullable(),
    mileageKm: MileageKm,
    purchaseDate: CalendarDate.nullable(),
    warrantyEndsOn: CalendarDate.nullable(),
    registrationNumber: z
      .string()
      .min(1)
      .max(16)
      .nullable()
      .optional()
      .describe(
        'The registration number (plate) as entered, upper case; null when not given, absent in older events',
      ),
  })
  .describe('A vehicle was registered (VIN validated and unique per tenant).');

export const VehicleOwnershipChanged = z
  .object({
    vehicleId: Id,
    previousOwnerCustomerId: Id.nullable(),
    newOwnerCustomerId: Id.nullable(),
    effectiveOn: CalendarDate,
    reason: z.enum(['sale', 'transfer', 'correction']),
  })
  .describe('A vehicle changed owner; the history is kept by the customer service.');

export const SurveyCompleted = z
  .object({
    surveyId: Id,
    repairOrderId: Id.describe('One survey per repair order'),
    customerId: Id,
    vehicleId: Id,
    centreId: Id,
    channel: ContactChannel,
    scores: z.object({
      product: Score5.describe('Product (vehicle) experience, 1-5'),
      service: Score5.describe('Service experience, 1-5'),
      purchase: Score5.describe('Purchase experience, 1-5'),
    }),
    nps: NpsAnswer.describe('Likelihood to recommend, 0-10'),
    hasComment: z.boolean().describe('The free comment stays in the customer service (it may hold PII)'),
  })
  .describe('A customer answered the satisfaction survey for a repair order.');

export const SurveyInvited = z
  .object({
    invitationId: Id,
    repairOrderId: Id,
    customerId: Id,
    vehicleId: Id,
    centreId: Id,
    expiresAt: Timestamp.describe('The invitation can be answered until then'),
  })
  .describe(
    'A customer was invited to rate a finished visit (after delivery); they answer in self-service, ' +
      'the notification service sends the link.',
  );

export const MaintenanceDue = z
  .object({
    vehicleId: Id,
    customerId: Id,
    planId: Id.nullable().describe('The maintenance plan (make/model schedule) the date comes from, if any'),
    dueOn: CalendarDate.describe('When the next service is due (by time, or by mileage at the usual pace)'),
    dueMileageKm: MileageKm.nullable(),
    basis: z
      .enum(['workshop-advice', 'plan-time', 'plan-mileage'])
      .describe('What decided the date: the workshop at the last delivery, or the plan by time or mileage'),
    services: z.array(z.string().min(1).max(120)).max(30).describe('What the plan lists for the visit'),
  })
  .describe("A vehicle's next maintenance is coming up: the reminder goes out ahead, with a booking link.");

export const FollowupKind = z.enum(['post-delivery-call', 'maintenance-reminder', 'satisfaction-check']);

export const FollowupScheduled = z
  .object({
    followUpId: Id,
    kind: FollowupKind,
    repairOrderId: Id.nullable(),
    customerId: Id,
    vehicleId: Id,
    centreId: Id,
    channel: ContactChannel,
    dueAt: Timestamp,
  })
  .describe('A follow-up visit or call was scheduled (e.g. after a repair order was delivered).');

export const FollowupCompleted = z
  .object({
    followUpId: Id,
    kind: FollowupKind,
    repairOrderId: Id.nullable(),
    customerId: Id,
    vehicleId: Id,
    centreId: Id,
    channel: ContactChannel,
    outcome: z.enum(['satisfied', 'issue-reported', 'no-answer', 'declined', 'booked-service']),
    attempts: z.int().min(1),
    completedBy: UserId.nullable(),
    surveyId: Id.nullable().describe('Survey taken during the follow-up, if any'),
  })
  .describe('A follow-up was carried out and its outcome recorded.');

export const SignInCodeIssued = z
  .object({
    challengeId: Id.describe('The sign-in challenge'),
    customerId: Id,
    channel: z.enum(['email', 'sms']).describe('Where the customer asked the code to be sent'),
    sealedCode: z
      .string()
      .min(16)
      .max(200)
      .describe(
        'The one-time code sealed for the notification service (AES-256-GCM under SIGN_IN_CODE_KEY, ' +
          'base64url of IV, tag and ciphertext, AAD "sign-in:<challengeId>"): never readable on the log',
      ),
    locale: z.string().min(2).max(35).nullable().describe('The language the sign-in page was in'),
    expiresAt: Timestamp.describe('After this the code is refused: a message not sent by then is dropped'),
  })
  .describe(
    'A customer asked to sign in to self-service with a one-time code; the notification service ' +
      'sends it at once (a requested security message: no quiet hours, no marketing opt-out).',
  );

export const customerEvents = {
  'customer.registered': CustomerRegistered,
  'customer.updated': CustomerUpdated,
  'customer.erased': CustomerErased,
  'vehicle.registered': VehicleRegistered,
  'vehicle.ownership-changed': VehicleOwnershipChanged,
  'survey.completed': SurveyCompleted,
  'followup.scheduled': FollowupScheduled,
  'followup.completed': FollowupCompleted,
  'customer.sign-in-code.issued': SignInCodeIssued,
  'survey.invited': SurveyInvited,
  'maintenance.due': MaintenanceDue,
} as const;
