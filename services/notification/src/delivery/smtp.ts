// E-mail over SMTP with nodemailer (SMTP_URL, SMTP_FROM). A failure is reduced to a code
// without PII: the SMTP reply text may quote the recipient, so only nodemailer's error code and
// the reply's status number are kept; a 5xx reply (mailbox refused, policy) is permanent.
import nodemailer from 'nodemailer';
import { DeliveryFailure, type OutgoingEmail } from '../application/ports';

export interface SmtpSender {
  send(mail: OutgoingEmail): Promise<string>;
  close(): void;
}

export function smtpSender(opts: { url: string; from: string; timeoutMs?: number }): SmtpSender {
  const timeout = opts.timeoutMs ?? 15_000;
  const transport = nodemailer.createTransport({
    url: opts.url,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  return {
    async send(mail) {
      try {
        const info = await transport.sendMail({
          from: opts.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          headers: { 'X-Aftersales-Message-Id': mail.messageId, 'Content-Language': mail.locale },
        });
        return String(info.messageId);
      } catch (err) {
        const e = err as { code?: unknown; responseCode?: unknown };
        const code = typeof e.code === 'string' ? e.code : 'error';
        const status = typeof e.responseCode === 'number' ? e.responseCode : null;
        throw new DeliveryFailure(
          `smtp:${code}${status ? `:${status}` : ''}`,
          status !== null && status >= 500,
        );
      }
    },
    close: () => transport.close(),
  };
}
