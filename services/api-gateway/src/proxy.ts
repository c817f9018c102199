// Forwards a request to its service and turns upstream failures into problem+json:
// 503 when the service cannot be reached, 504 when it does not answer in time, 502 otherwise.
import { Agent, type IncomingMessage, type ServerResponse, type ClientRequest } from 'node:http';
import { type Socket } from 'node:net';
import { type Request, type Response, type RequestHandler } from 'express';
import { createProxyMiddleware, fixRequestBody } from 'http-proxy-middleware';
import { HttpProblem, requestIdOf, sendProblem, type Logger } from '@aftersales/service-kit';

export interface ProxyOptions {
  target: string;
  service: string;
  timeoutMs: number;
  logger: Logger;
}

/** Idle upstream sockets are closed by us first; services keep theirs 65 s (service-kit). */
const UPSTREAM_IDLE_TIMEOUT_MS = 30_000;

const timedOut = new WeakSet<IncomingMessage>();

export function serviceProxy(opts: ProxyOptions): RequestHandler {
  return createProxyMiddleware<Request, Response>({
    target: opts.target,
    // Reused upstream connections (issue 11): without an agent http-proxy opens a new TCP
    // connection per request and answers every client with `connection: close`. We drop idle
    // sockets after 30 s, well before the services do (65 s, service-kit), so a request never
    // races a service closing its socket.
    agent: new Agent({ keepAlive: true, timeout: UPSTREAM_IDLE_TIMEOUT_MS }),
    changeOrigin: false,
    xfwd: true,
    // Mounted at the root, so the path reaches the service unchanged (/v1/...).
    pathFilter: () => true,
    on: {
      proxyReq: (proxyReq: ClientRequest, req: Request) => {
        proxyReq.setTimeout(opts.timeoutMs, () => {
          timedOut.add(req);
          proxyReq.destroy(new Error(`${opts.service} did not answer within ${opts.timeoutMs} ms`));
        });
        // One request id across gateway and service logs (the traceparent header passes as is).
        const id = requestIdOf(req);
        if (id) proxyReq.setHeader('x-request-id', id);
        // express.json() already consumed JSON bodies; write them back for the service.
        fixRequestBody(proxyReq, req);
      },
      error: (err: Error, req: IncomingMessage, res: ServerResponse | Socket) => {
        const request = req as Request;
        const response = res as Response;
        if (!('headersSent' in response) || response.headersSent) {
          response.destroy?.();
          return;
        }
        const code = (err as NodeJS.ErrnoException).code;
        const problem = timedOut.has(req)
          ? new HttpProblem(504, { detail: `${opts.service} did not answer in time` })
          : code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EHOSTUNREACH'
            ? new HttpProblem(503, {
                detail: `${opts.service} is unavailable; try again shortly`,
                headers: { 'retry-after': '5' },
              })
            : new HttpProblem(502, { detail: `${opts.service} failed to answer` });
        opts.logger.warn({ err, service: opts.service, status: problem.status }, 'upstream request failed');
        sendProblem(request, response, problem);
      },
    },
  });
}
