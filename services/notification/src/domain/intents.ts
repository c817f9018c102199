// What each consumed event means for notifications, decided without I/O: the link it records
// (which customer an aggregate belongs to) and the message it asks for. Events after an
// aggregate's first one name only the aggregate (booking.cancelled, order.quoted,
// complaint.resolved, inquiry.answered, rescue.dispatched): their customer comes from the link
// the first event recorded (same topic and key, so it was consumed before). A sign-in code is
// a message the customer asked for: it names its own channel, language and expiry. A survey
// invitation and a maintenance reminder carry a link into the customer's self-service pages.
import { type EventOf } from '@aftersales/contracts';
import { type TemplateKey } from '../templates';
import { type Variables } from './template';

export const SUBJECT_KINDS = [
  'booking',
  'repair-order',
  'complaint',
  'inquiry',
  'rescue',
  'sign-in-challenge',
  'survey-invitation',
  'vehicle',
] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export interface LinkIntent {
  kind: SubjectKind;
  subjectId: string;
  customerId: string;
  reference: string | null;
}

export interface NotifyIntent {
  templateKey: TemplateKey;
  /** The aggregate the message is about: its link names the customer when the event does not. */
  kind: SubjectKind;
  subjectId: string;
  customerId: string | null;
  variables: Variables;
  /** A variable filled with the link's reference (order number, complaint reference). */
  referenceAs?: string;
  /** Set for a message the customer asked for (its template is `requested`). */
  requested?: RequestedDelivery;
  /** A service message not worth sending after this instant (a survey invitation). */
  expiresAt?: string;
}

/** How a requested message goes out: as asked, not as the customer's preferences say. */
export interface RequestedDelivery {
  channel: 'email' | 'sms';
  /** The language tag of the page the customer asked on, if any (mapped onto our locales). */
  locale: string | null;
  /** Never sent after this instant. */
  expiresAt: string;
}

/** Where the links in messages lead: the customer's self-service pages (NOTIFY_LINK_BASE_URL). */
export interface LinkTargets {
  linkBaseUrl: string;
}

/** A self-service link, e.g. <base>?survey=<id>: the pages read the one query parameter. */
export function selfServiceLink(
  linkBaseUrl: string,
  param: 'survey' | 'book' | 'challenge',
  id: string,
): string {
  const url = new URL(linkBaseUrl);
  url.searchParams.set(param, id);
  return url.toString();
}

/** The additional authenticated data a sign-in code is sealed under (contract of the event). */
export const signInCodeAad = (challengeId: string) => `sign-in:${challengeId}`;

export interface Intent {
  link?: LinkIntent;
  notify?: NotifyIntent;
}

export const NOTIFYING_EVENT_TYPES = [
  'repair.booking.created',
  'repair.booking.cancelled',
  'repair.order.opened',
  'repair.order.quoted',
  'repair.order.completed',
  'repair.order.delivered',
  'rescue.requested',
  'rescue.dispatched',
  'complaint.registered',
  'complaint.resolved',
  'inquiry.received',
  'inquiry.answered',
  'customer.sign-in-code.issued',
  'survey.invited',
  'maintenance.due',
] as const;
export type NotifyingEventType = (typeof NOTIFYING_EVENT_TYPES)[number];
export type NotifyingEvent = { [T in NotifyingEventType]: EventOf<T> }[NotifyingEventType];

export function intentOf(event: NotifyingEvent, links: LinkTargets): Intent {
  switch (event.type) {
    case 'repair.booking.created': {
      const d = event.data;
      return {
        link: { kind: 'booking', subjectId: d.bookingId, customerId: d.customerId, reference: null },
        notify: {
          templateKey: 'booking-confirmed',
          kind: 'booking',
          subjectId: d.bookingId,
          customerId: d.customerId,
          variables: { slotStart: { instant: d.slotStart } },
        },
      };
    }
    case 'repair.booking.cancelled':
      return {
        notify: {
          templateKey: 'booking-cancelled',
          kind: 'booking',
          subjectId: event.data.bookingId,
          customerId: null,
          variables: { slotStart: { instant: event.data.slotStart } },
        },
      };
    case 'repair.order.opened': {
      const d = event.data;
      return {
        link: {
          kind: 'repair-order',
          subjectId: d.repairOrderId,
          customerId: d.customerId,
          reference: d.orderNumber,
        },
        notify: {
          templateKey: 'repair-received',
          kind: 'repair-order',
          subjectId: d.repairOrderId,
          customerId: d.customerId,
          variables: { orderNumber: d.orderNumber },
        },
      };
    }
    case 'repair.order.quoted': {
      const d = event.data;
      return {
        notify: {
          templateKey: 'quote-issued',
          kind: 'repair-order',
          subjectId: d.repairOrderId,
          customerId: null,
          variables: {
            total: { amountMinor: d.totals.gross.amountMinor, currency: d.totals.gross.currency },
            validUntil: { instant: d.validUntil },
          },
          referenceAs: 'orderNumber',
        },
      };
    }
    case 'repair.order.completed':
      return {
        notify: {
          templateKey: 'vehicle-ready',
          kind: 'repair-order',
          subjectId: event.data.repairOrderId,
          customerId: event.data.customerId,
          variables: {},
          referenceAs: 'orderNumber',
        },
      };
    case 'repair.order.delivered':
      return {
        notify: {
          templateKey: 'vehicle-delivered',
          kind: 'repair-order',
          subjectId: event.data.repairOrderId,
          customerId: event.data.customerId,
          variables: {},
          referenceAs: 'orderNumber',
        },
      };
    case 'rescue.requested':
      // A rescue by an unknown caller has no customer to tell later.
      return event.data.customerId
        ? {
            link: {
              kind: 'rescue',
              subjectId: event.data.rescueId,
              customerId: event.data.customerId,
              reference: null,
            },
          }
        : {};
    case 'rescue.dispatched':
      return {
        notify: {
          templateKey: 'rescue-dispatched',
          kind: 'rescue',
          subjectId: event.data.rescueId,
          customerId: null,
          variables: { eta: { instant: event.data.etaAt } },
        },
      };
    case 'complaint.registered': {
      const d = event.data;
      if (!d.customerId) return {};
      const link: LinkIntent = {
        kind: 'complaint',
        subjectId: d.complaintId,
        customerId: d.customerId,
        reference: d.referenceNumber,
      };
      // Proactive complaints (from a survey, QC or a comeback) are the company's own findings:
      // the customer is told when they are resolved, not that a file was opened about them.
      if (d.trigger !== 'customer') return { link };
      return {
        link,
        notify: {
          templateKey: 'complaint-received',
          kind: 'complaint',
          subjectId: d.complaintId,
          customerId: d.customerId,
          variables: { reference: d.referenceNumber },
        },
      };
    }
    case 'complaint.resolved':
      return {
        notify: {
          templateKey: 'complaint-resolved',
          kind: 'complaint',
          subjectId: event.data.complaintId,
          customerId: null,
          variables: {},
          referenceAs: 'reference',
        },
      };
    case 'inquiry.received':
      return event.data.customerId
        ? {
            link: {
              kind: 'inquiry',
              subjectId: event.data.inquiryId,
              customerId: event.data.customerId,
              reference: null,
            },
          }
        : {};
    case 'inquiry.answered':
      return {
        notify: {
          templateKey: 'inquiry-answered',
          kind: 'inquiry',
          subjectId: event.data.inquiryId,
          customerId: null,
          variables: {},
        },
      };
    case 'customer.sign-in-code.issued': {
      const d = event.data;
      // The code stays sealed on the message; the sweep opens it in memory to send it.
      return {
        notify: {
          templateKey: 'sign-in-code',
          kind: 'sign-in-challenge',
          subjectId: d.challengeId,
          customerId: d.customerId,
          variables: {
            code: { sealed: d.sealedCode, aad: signInCodeAad(d.challengeId) },
            // The same code in a link that signs in with one tap: <base>?challenge=<id>&code=<code>.
            link: {
              url: selfServiceLink(links.linkBaseUrl, 'challenge', d.challengeId),
              sealedParam: 'code',
              sealed: d.sealedCode,
              aad: signInCodeAad(d.challengeId),
            },
            validMinutes: { minutesUntil: d.expiresAt },
          },
          requested: { channel: d.channel, locale: d.locale, expiresAt: d.expiresAt },
        },
      };
    }
    case 'survey.invited': {
      const d = event.data;
      return {
        notify: {
          templateKey: 'survey-invitation',
          kind: 'survey-invitation',
          subjectId: d.invitationId,
          customerId: d.customerId,
          variables: {
            surveyLink: selfServiceLink(links.linkBaseUrl, 'survey', d.invitationId),
            expiresOn: { dateOf: d.expiresAt },
          },
          // An invitation that can no longer be answered is not sent.
          expiresAt: d.expiresAt,
        },
      };
    }
    case 'maintenance.due': {
      const d = event.data;
      const variables: Variables = {
        dueOn: { date: d.dueOn },
        bookingLink: selfServiceLink(links.linkBaseUrl, 'book', d.vehicleId),
      };
      // Optional in the template: written only when the event names them.
      if (d.dueMileageKm !== null) variables.dueMileageKm = { number: d.dueMileageKm };
      if (d.services.length > 0) variables.services = { list: d.services };
      return {
        notify: {
          templateKey: 'maintenance-due',
          kind: 'vehicle',
          subjectId: d.vehicleId,
          customerId: d.customerId,
          variables,
        },
      };
    }
  }
}
