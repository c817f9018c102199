// Customers who approve their quotes themselves, in self-service, as a person would: ask for a
// sign-in code at the gateway, read it from the e-mail the notification service sent (the demo's
// mail catcher), sign in, open the order and approve the quote version they were shown (its hash).
// Anything that does not work out (a code that took too long, a quote that changed) is no failure
// of the platform: the advisor records the approval by phone instead.
import { type MailCatcher } from '../mail-catcher';

interface Session {
  cookie: string;
  csrf: string;
}

export class CustomerPortal {
  private readonly sessions = new Map<string, Promise<Session | undefined>>();

  constructor(
    private readonly gatewayUrl: string,
    /** The gateway's PUBLIC_URL: the Origin its pages send (checked on sign-in and writes). */
    private readonly publicUrl: string,
    private readonly mail: MailCatcher,
    /** Real time a customer waits for the code's e-mail. */
    private readonly codeWaitMs = 10_000,
  ) {}

  private async call(method: string, path: string, body: unknown, session?: Session) {
    const res = await fetch(this.gatewayUrl + path, {
      method,
      headers: {
        accept: 'application/json',
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
        // The customer's browser: the gateway checks the Origin of cookie-authenticated writes.
        origin: new URL(this.publicUrl).origin,
        'user-agent': 'aftersales-demo-customer/1.0',
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    return {
      status: res.status,
      headers: res.headers,
      body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
    };
  }

  private signIn(email: string): Promise<Session | undefined> {
    let session = this.sessions.get(email);
    if (!session) {
      session = this.freshSession(email);
      this.sessions.set(email, session);
      // A failed sign-in is tried again next time.
      void session.then((s) => s ?? this.sessions.delete(email));
    }
    return session;
  }

  private async freshSession(email: string): Promise<Session | undefined> {
    const before = this.mail.count();
    const asked = await this.call('POST', '/v1/me/sign-in', { contact: email, locale: 'en' });
    if (asked.status !== 202) return undefined;
    const code = await this.mail.waitFor(email, /sign-in code is (\d{6})/, before, this.codeWaitMs);
    if (!code) return undefined;
    const answer = await this.call('POST', `/v1/me/sign-in/${String(asked.body.challengeId)}`, {
      code: code[1],
    });
    const cookie = answer.headers.get('set-cookie')?.split(';')[0];
    if (answer.status !== 200 || !cookie) return undefined;
    return { cookie, csrf: String(answer.body.csrfToken) };
  }

  /** Approves quote `version` of the customer's order; true when it is recorded. */
  async approve(email: string, orderId: string, version: number): Promise<boolean> {
    try {
      const session = await this.signIn(email);
      if (!session) return false;
      const order = await this.call('GET', `/v1/me/repair-orders/${orderId}`, undefined, session);
      if (order.status === 401) this.sessions.delete(email);
      const quotes = (order.body.quotes ?? []) as Array<{
        version: number;
        decidable: boolean;
        quoteHash: string;
      }>;
      const quote = quotes.find((q) => q.version === version && q.decidable);
      if (!quote) return false;
      const approved = await this.call(
        'POST',
        `/v1/me/repair-orders/${orderId}/quotes/${version}/approval`,
        { quoteHash: quote.quoteHash },
        session,
      );
      return approved.status === 200;
    } catch {
      return false;
    }
  }
}
