// SMS and push through a generic provider webhook (NOTIFY_WEBHOOK_URL): a JSON POST whose body
// is signed with HMAC-SHA256 (NOTIFY_WEBHOOK_SECRET), so the provider can tell it came from us
// and was not changed: `X-Aftersales-Signature: sha256=<hex of HMAC(secret, "<timestamp>.<body>")>`
// with the timestamp in `X-Aftersales-Timestamp` (a replayed old request can be refused). The
// provider answers 2xx with `{ "id": "<its message id>" }`; 4xx except 408/429 is permanent.
import { createHmac } from 'node:crypto';
import { DeliveryFailure, type OutgoingWebhook } from '../application/ports';

export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export function webhookSender(opts: {
  url: string;
  secret: string;
  timeoutMs?: number;
  now?: () => Date;
}): (msg: OutgoingWebhook) => Promise<string> {
  return async (msg) => {
    const body = JSON.stringify(msg);
    const timestamp = String(Math.floor((opts.now?.() ?? new Date()).getTime() / 1000));
    let res: Response;
    try {
      res = await fetch(opts.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-aftersales-timestamp': timestamp,
          'x-aftersales-signature': signWebhook(opts.secret, timestamp, body),
        },
        body,
        signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000),
      });
    } catch (err) {
      const cause = (err as { cause?: { code?: unknown }; name?: string }).cause?.code;
      throw new DeliveryFailure(
        `webhook:${typeof cause === 'string' ? cause : ((err as Error).name ?? 'error')}`,
      );
    }
    if (!res.ok) {
      const permanent = res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429;
      throw new DeliveryFailure(`webhook:http-${res.status}`, permanent);
    }
    const answer = (await res.json().catch(() => ({}))) as { id?: unknown };
    return typeof answer.id === 'string' ? answer.id : `webhook:${msg.messageId}`;
  };
}
