// Gateway overhead: the same read and write requests straight to the customer service and through
// the api-gateway (JWT check, rate limit, role check, proxy). Throughput at saturation with
// autocannon (10 connections); latency unloaded with one keep-alive connection per target and
// requests taking turns direct / bare proxy / gateway one by one, so drift in the machine's load
// hits all alike: "added latency" is the gateway's hop, and the bare proxy's (platform/bare-proxy.ts)
// is what any proxy hop costs on this machine (autocannon only resolves whole ms).
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import autocannon from 'autocannon';
import { summarize } from '../stats';
import { startBareProxy } from '../platform/bare-proxy';
import { type Platform } from '../platform/launch';

export interface LoadResult {
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

export interface GatewayRuns {
  direct: LoadResult;
  gateway: LoadResult;
  directUnloaded: LoadResult;
  /** The same requests, unloaded, through a bare Node proxy in the gateway's place. */
  bareUnloaded: LoadResult;
  gatewayUnloaded: LoadResult;
}

export interface GatewayResult {
  read: GatewayRuns;
  write: GatewayRuns;
}

const newCustomer = () =>
  JSON.stringify({
    kind: 'person',
    name: 'Bench Kunde',
    phone: '+49 151 3000 3000',
    email: `bench-${randomUUID().slice(0, 8)}@example.de`,
    preferredChannel: 'email',
    consents: { marketing: false, dataProcessing: true },
  });

async function load(opts: {
  url: string;
  token: string;
  method: 'GET' | 'POST';
  connections: number;
  durationSec: number;
}): Promise<LoadResult> {
  const auth = { authorization: `Bearer ${opts.token}` };
  const headers = { ...auth, 'content-type': 'application/json' };
  const result = await autocannon({
    url: opts.url,
    connections: opts.connections,
    duration: opts.durationSec,
    requests: [
      opts.method === 'GET'
        ? { method: 'GET', headers: auth }
        : {
            method: 'POST',
            // A new body and idempotency key per request: every write creates a customer.
            setupRequest: (req) => ({
              ...req,
              headers: { ...headers, 'idempotency-key': randomUUID() },
              body: newCustomer(),
            }),
          },
    ],
  });
  return {
    requestsPerSec: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** One request over a keep-alive agent; resolves with its latency in ms (rejects unless 2xx). */
function timedRequest(agent: Agent, url: string, method: 'GET' | 'POST', token: string): Promise<number> {
  const body = method === 'POST' ? newCustomer() : undefined;
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (body) Object.assign(headers, { 'content-type': 'application/json', 'idempotency-key': randomUUID() });
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(url, { method, agent, headers }, (res) => {
      res.resume();
      res.on('end', () =>
        (res.statusCode ?? 500) < 300
          ? resolve(performance.now() - t0)
          : reject(new Error(`${method} ${url}: ${res.statusCode}`)),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

type Target = 'direct' | 'bare' | 'gateway';

async function alternating(
  urls: Record<Target, string>,
  method: 'GET' | 'POST',
  token: string,
  count: number,
): Promise<Record<Target, LoadResult>> {
  const targets: Target[] = ['direct', 'bare', 'gateway'];
  const agent = () => new Agent({ keepAlive: true });
  const agents: Record<Target, Agent> = { direct: agent(), bare: agent(), gateway: agent() };
  const times: Record<Target, number[]> = { direct: [], bare: [], gateway: [] };
  try {
    for (let i = 0; i < count + 5; i++) {
      // Each takes each place in turn, so drift in the machine's load hits all three alike.
      for (let k = 0; k < targets.length; k++) {
        const target = targets[(i + k) % targets.length]!;
        const ms = await timedRequest(agents[target], urls[target], method, token);
        if (i >= 5) times[target].push(ms); // the first few warm up connections and code paths
      }
    }
  } finally {
    for (const agent of Object.values(agents)) agent.destroy();
  }
  const result = (t: number[]): LoadResult => {
    const s = summarize(t);
    return {
      requestsPerSec: 1000 / (t.reduce((a, b) => a + b, 0) / t.length),
      p50Ms: s.p50,
      p99Ms: s.p99,
      non2xx: 0,
      errors: 0,
    };
  };
  return { direct: result(times.direct), bare: result(times.bare), gateway: result(times.gateway) };
}

export async function gatewayOverhead(
  p: Platform,
  opts: { durationSec: number; connections: number; sequential: number; tick: (n: number) => void },
): Promise<GatewayResult> {
  const token = await p.token(['service-advisor']);
  const seeded = await p
    .as(['service-advisor'])
    .post('/v1/customers', JSON.parse(newCustomer()), { 'idempotency-key': randomUUID() });
  if (seeded.status !== 201) throw new Error(`seeding a customer: ${seeded.status}`);
  const readPath = `/v1/customers/${seeded.body.id}`;
  const direct = p.serviceUrl('customer');
  const saturate = async (base: string, path: string, method: 'GET' | 'POST') => {
    const r = await load({
      url: base + path,
      token,
      method,
      connections: opts.connections,
      durationSec: opts.durationSec,
    });
    opts.tick(1);
    if (r.errors > 0 || r.non2xx > 0)
      throw new Error(`${method} ${base}${path}: ${r.errors} errors, ${r.non2xx} non-2xx answers`);
    return r;
  };
  // The baseline of the unloaded latency: the same hop through the thinnest proxy there is.
  const bare = await startBareProxy(direct);
  const measure = async (path: string, method: 'GET' | 'POST') => {
    const unloaded = await alternating(
      { direct: direct + path, bare: bare.url + path, gateway: p.gatewayUrl + path },
      method,
      token,
      opts.sequential,
    );
    opts.tick(1);
    return {
      direct: await saturate(direct, path, method),
      gateway: await saturate(p.gatewayUrl, path, method),
      directUnloaded: unloaded.direct,
      bareUnloaded: unloaded.bare,
      gatewayUnloaded: unloaded.gateway,
    };
  };
  try {
    return { read: await measure(readPath, 'GET'), write: await measure('/v1/customers', 'POST') };
  } finally {
    await bare.stop();
  }
}

/** Steps of gatewayOverhead() for a progress bar: per kind, one unloaded and two saturated runs. */
export const GATEWAY_STEPS = 6;
