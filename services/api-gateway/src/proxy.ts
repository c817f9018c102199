// Forwards a request to its service and turns upstream failures into problem+json:
// 503 when the service cannot be reached, 504 when it does not answer in time, 502 otherwise.
//
// undici's dispatcher over a pool of keep-alive connections, request and response bodies streamed
// as they are (the gateway does not parse what it only forwards). It replaced http-proxy, whose
// per-request cost (an http.ClientRequest, piping, header rewriting passes) and express.json's
// parse-and-reserialise of every JSON body showed in the gateway's profile (docs/performance.md).
import { type IncomingHttpHeaders } from 'node:http';
import { Transform, type Readable } from 'node:stream';
import { propagation } from '@opentelemetry/api';
import bytes from 'bytes';
import { type Request, type RequestHandler, type Response } from 'express';
import { Pool, type Dispatcher } from 'undici';
import { HttpProblem, JSON_BODY_TYPES, requestIdOf, sendProblem, type Logger } from '@aftersales/service-kit';

export interface ProxyOptions {
  target: string;
  service: string;
  timeoutMs: number;
  /** Largest JSON request body forwarded, as BODY_LIMIT ('256kb'); larger ones are answered 413. */
  bodyLimit: string;
  logger: Logger;
}

/** Request bodies up to this size are read whole before forwarding (see forward()). */
const BUFFERED_BODY_BYTES = 64 * 1024;

/** Idle upstream sockets are closed by us first; services keep theirs 65 s (service-kit). */
const UPSTREAM_IDLE_TIMEOUT_MS = 30_000;

// Hop-by-hop headers (RFC 9110 §7.6.1) belong to one connection, not to the message: never
// forwarded in either direction (undici refuses most of them in a request anyway).
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'expect',
]);

const tooLarge = () =>
  new HttpProblem(413, { detail: 'The request body is larger than the service accepts.' });

/**
 * With tracing on, the undici instrumentation adds the gateway's own traceparent (its client
 * span) to the upstream request, so the caller's must not travel as well; without it the caller's
 * trace headers pass as they are.
 */
function traceHeaders(): ReadonlySet<string> {
  return new Set(propagation.fields().map((f) => f.toLowerCase()));
}

/** The caller's headers for the service, as http-proxy sent them with `xfwd` (X-Forwarded-*). */
function upstreamHeaders(req: Request, drop: ReadonlySet<string>): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  const listed = req.headers.connection; // headers the caller declared hop-by-hop
  const named = listed ? new Set(listed.split(',').map((h) => h.trim().toLowerCase())) : undefined;
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || HOP_BY_HOP.has(name) || drop.has(name) || named?.has(name)) continue;
    headers[name] = value;
  }
  const host = req.headers.host ?? '';
  const encrypted = Boolean((req.socket as { encrypted?: boolean }).encrypted);
  const port = /:(\d+)$/.exec(host)?.[1] ?? (encrypted ? '443' : '80');
  const forwarded = { for: req.socket.remoteAddress ?? '', port, proto: encrypted ? 'https' : 'http' };
  for (const [key, value] of Object.entries(forwarded)) {
    const name = `x-forwarded-${key}`;
    const before = req.headers[name];
    headers[name] = before ? `${String(before)},${value}` : value;
  }
  headers['x-forwarded-host'] = req.headers['x-forwarded-host'] ?? host;
  // One request id across gateway and service logs.
  const id = requestIdOf(req);
  if (id) headers['x-request-id'] = id;
  return headers;
}

/** Counts a body of unknown length (chunked) and fails it once it passes the limit. */
function limited(body: Readable, limit: number): Readable {
  let seen = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      done(
        seen > limit ? Object.assign(new Error('request body too large'), { tooLarge: true }) : null,
        chunk,
      );
    },
  });
  body.on('error', (err) => counter.destroy(err));
  return body.pipe(counter);
}

export function serviceProxy(opts: ProxyOptions): RequestHandler {
  const target = new URL(opts.target);
  const basePath = target.pathname.replace(/\/$/, '');
  const limit = bytes.parse(opts.bodyLimit) ?? Infinity;
  const pool = new Pool(target.origin, {
    // Reused upstream connections (issue 11), one request at a time on each (no pipelining: a
    // slow answer must not hold up the next). Idle sockets are dropped after 30 s, well before
    // the services do (65 s, service-kit), so a request never races a service closing its socket.
    pipelining: 1,
    keepAliveTimeout: UPSTREAM_IDLE_TIMEOUT_MS,
    keepAliveMaxTimeout: UPSTREAM_IDLE_TIMEOUT_MS,
    // The upstream timeout: no answer (headers) or no further body bytes for this long.
    headersTimeout: opts.timeoutMs,
    bodyTimeout: opts.timeoutMs,
    connect: { timeout: opts.timeoutMs },
  });
  let dropTraceHeaders: ReadonlySet<string> | undefined;

  const fail = (req: Request, res: Response, err: Error & { code?: string; tooLarge?: boolean }) => {
    if (res.headersSent) {
      // Mid-response: the caller sees a cut connection, as with any broken stream.
      res.destroy();
      return;
    }
    if (err.tooLarge) {
      sendProblem(req, res, tooLarge());
      return;
    }
    const problem =
      err.code === 'UND_ERR_HEADERS_TIMEOUT' ||
      err.code === 'UND_ERR_BODY_TIMEOUT' ||
      err.code === 'UND_ERR_CONNECT_TIMEOUT'
        ? new HttpProblem(504, { detail: `${opts.service} did not answer in time` })
        : err.code === 'ECONNREFUSED' || err.code === 'ENOTFOUND' || err.code === 'EHOSTUNREACH'
          ? new HttpProblem(503, {
              detail: `${opts.service} is unavailable; try again shortly`,
              headers: { 'retry-after': '5' },
            })
          : new HttpProblem(502, { detail: `${opts.service} failed to answer` });
    opts.logger.warn({ err, service: opts.service, status: problem.status }, 'upstream request failed');
    sendProblem(req, res, problem);
  };

  function forward(req: Request, res: Response, body: Readable | Buffer | null): void {
    dropTraceHeaders ??= traceHeaders();
    let controller: Dispatcher.DispatchController | undefined;
    let finished = false;
    // The caller hung up (or the response was cut): stop the upstream request too.
    res.once('close', () => {
      if (!finished) controller?.abort(new Error('the caller went away'));
    });

    const handler: Dispatcher.DispatchHandler = {
      onRequestStart(c) {
        controller = c;
        if (res.destroyed) c.abort(new Error('the caller went away'));
      },
      onResponseStart(_c, statusCode, headers, statusMessage) {
        if (statusCode < 200) return; // 1xx: informational, the final answer follows
        // Over the headers the gateway set (request id, CORS, security, rate limit), as http-proxy did.
        for (const name in headers) {
          const value = (headers as IncomingHttpHeaders)[name];
          if (value !== undefined && !HOP_BY_HOP.has(name)) res.setHeader(name, value);
        }
        res.statusCode = statusCode;
        if (statusMessage) res.statusMessage = statusMessage;
        // Server-sent events and other slow streams: send the headers now, not with the first chunk.
        if (res.getHeader('content-length') === undefined) res.flushHeaders();
      },
      onResponseData(c, chunk) {
        // Backpressure: a slow caller pauses the upstream read until its socket drains.
        if (!res.write(chunk)) {
          c.pause();
          res.once('drain', () => c.resume());
        }
      },
      onResponseEnd() {
        finished = true;
        res.end();
      },
      onResponseError(_c, err) {
        finished = true;
        if (res.destroyed) return; // the caller is gone: nobody to tell
        fail(req, res, err);
      },
    };

    pool.dispatch(
      {
        origin: target.origin,
        path: basePath + req.originalUrl,
        method: req.method as Dispatcher.HttpMethod,
        headers: upstreamHeaders(req, dropTraceHeaders),
        body,
      },
      handler,
    );
  }

  return (req, res, next) => {
    // JSON bodies reach here unparsed (the app skips express.json for /v1); the limit the parser
    // applied is kept: a declared length is checked at once, a chunked body as it streams.
    const declared = req.headers['content-length'];
    const hasBody =
      declared !== undefined ? declared !== '0' : req.headers['transfer-encoding'] !== undefined;
    const isJson = hasBody && typeof req.is(JSON_BODY_TYPES) === 'string';
    if (isJson && declared !== undefined && Number(declared) > limit) {
      next(tooLarge());
      return;
    }
    if (hasBody && declared !== undefined && Number(declared) <= BUFFERED_BODY_BYTES) {
      // A small body (nearly every API call) is read whole and sent with the request head in one
      // write, rather than streamed chunk by chunk after it. Still never parsed.
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.once('end', () => forward(req, res, Buffer.concat(chunks)));
      req.once('error', () => res.destroy()); // the caller broke off its upload
      return;
    }
    forward(req, res, hasBody ? (isJson && declared === undefined ? limited(req, limit) : req) : null);
  };
}
