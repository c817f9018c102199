// The bench's bare proxy passes requests and answers through unchanged (method, path, headers,
// body, status), so its latency is a fair baseline for the gateway's hop.
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { startBareProxy, type BareProxy } from './bare-proxy';

describe('bare proxy', () => {
  let upstream: Server;
  let proxy: BareProxy;

  beforeAll(async () => {
    upstream = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        res.writeHead(req.method === 'POST' ? 201 : 200, {
          'content-type': 'application/json',
          'x-upstream': 'yes',
        });
        res.end(JSON.stringify({ method: req.method, url: req.url, auth: req.headers.authorization, body }));
      });
    });
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
    proxy = await startBareProxy(`http://127.0.0.1:${(upstream.address() as AddressInfo).port}`);
  });

  afterAll(async () => {
    await proxy.stop();
    await new Promise((r) => upstream.close(r));
  });

  it('passes a GET and a POST with its body through, both ways', async () => {
    const get = await fetch(`${proxy.url}/v1/customers/c-1?x=1`, { headers: { authorization: 'Bearer t' } });
    expect(get.status).toBe(200);
    expect(get.headers.get('x-upstream')).toBe('yes');
    expect(await get.json()).toEqual({
      method: 'GET',
      url: '/v1/customers/c-1?x=1',
      auth: 'Bearer t',
      body: '',
    });

    const body = JSON.stringify({ name: 'Jürgen Müller' });
    const post = await fetch(`${proxy.url}/v1/customers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(post.status).toBe(201);
    expect(await post.json()).toMatchObject({ method: 'POST', url: '/v1/customers', body });
  });
});
