// What the application needs from the outside world, as interfaces: the customer's contact data
// (the customer service owns it) and the providers that carry messages. src/delivery/ implements
// them (customer-service HTTP API, SMTP, signed webhook); tests pass the same implementations.

/** A customer's contact data at send time. Held in memory for one send, never stored or logged. */
export type Contact =
  | { status: 'active'; email: string | null; phone: string | null }
  | { status: 'erased' }
  | { status: 'unknown' };

export interface ContactDirectory {
  /** The customer's addresses; throws when the directory cannot answer (the attempt is retried). */
  lookup(tenantId: string, customerId: string): Promise<Contact>;
}

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  /** Our message id, for the provider's logs and our own correlation. */
  messageId: string;
  locale: string;
}

export interface OutgoingWebhook {
  messageId: string;
  tenantId: string;
  customerId: string;
  channel: 'sms' | 'push';
  /** The phone number for SMS; push providers address the customer id. */
  to: string | null;
  text: string;
  locale: string;
}

/**
 * A send that failed. `code` is short and free of PII (a provider's free text may quote an
 * address); `permanent` means retrying cannot help (e.g. a 5xx SMTP reply: mailbox refused).
 */
export class DeliveryFailure extends Error {
  constructor(
    readonly code: string,
    readonly permanent = false,
  ) {
    super(code);
  }
}

export interface Providers {
  /** Resolves to the provider's message id; throws DeliveryFailure. */
  email(mail: OutgoingEmail): Promise<string>;
  /** Null when no webhook is configured: SMS and push cannot be sent. */
  webhook: ((msg: OutgoingWebhook) => Promise<string>) | null;
}
