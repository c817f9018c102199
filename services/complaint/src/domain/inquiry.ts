// Inquiries (online consultation): a customer question answered within a time limit. Intake,
// routing, the working-hours clock and escalation are the complaint's; only the states differ.
//   open --answer--> answered;  open | answered --convert--> converted (final)
// The answer deadline escalates once, one step up the tenant's escalation chain.
import { z } from 'zod';
import * as contracts from '@aftersales/contracts';
import { assertAllowed, type Transitions } from './state-machine';

export const InquiryChannel = contracts.InquiryChannel;
export type InquiryChannel = z.infer<typeof InquiryChannel>;
export const BookingRequest = contracts.BookingRequest;
export type BookingRequest = z.infer<typeof BookingRequest>;

export const InquiryStatus = z.enum(['open', 'answered', 'converted']);
export type InquiryStatus = z.infer<typeof InquiryStatus>;

export type InquiryCommand = 'answer' | 'convert';

const TRANSITIONS: Transitions<InquiryStatus, InquiryCommand> = {
  open: ['answer', 'convert'],
  answered: ['convert'],
  converted: [],
};

export function assertInquiryCan(status: InquiryStatus, command: InquiryCommand): void {
  assertAllowed('inquiry', TRANSITIONS, status, command);
}

/** A complaint has no chat channel; a chat is a web contact. */
export function complaintChannelOf(channel: InquiryChannel): 'phone' | 'web' {
  return channel === 'phone' ? 'phone' : 'web';
}

export interface InquiryClock {
  status: string;
  answerBy: Date;
  answerEscalatedAt: Date | null;
}

/** When the sweep must escalate: the answer deadline of an open, not yet escalated inquiry. */
export function inquiryEscalateAt(i: InquiryClock): Date | null {
  return i.status === 'open' && !i.answerEscalatedAt ? i.answerBy : null;
}
