// The thinnest proxy this machine runs: Node's HTTP server and a keep-alive client, no middleware,
// no checks. The bench puts it where the gateway stands (a process of its own, in front of the
// same service), so every run measures what a proxy hop alone costs here next to what the gateway
// adds (docs/performance.md).
import { spawn } from 'node:child_process';

export interface BareProxy {
  url: string;
  stop(): Promise<void>;
}

// Plain JavaScript for `node -e`, so the process needs neither a build nor a TypeScript loader.
// argv[1]: the target URL; prints the port it listens on.
const PROXY = `
const http = require('node:http');
const target = new URL(process.argv[1]);
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
const server = http.createServer((req, res) => {
  const upstream = http.request(
    { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers, agent },
    (answer) => {
      res.writeHead(answer.statusCode, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.once('error', () => res.writeHead(502).end());
  req.pipe(upstream);
});
server.keepAliveTimeout = 30000;
server.listen(0, '127.0.0.1', () => process.stdout.write(server.address().port + '\\n'));
`;

/** Starts the proxy in front of `target`; resolves when it listens. */
export function startBareProxy(target: string): Promise<BareProxy> {
  const child = spawn(process.execPath, ['-e', PROXY, target], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`bare proxy exited (${code}) before listening`)));
    child.stdout.once('data', (chunk: Buffer) =>
      resolve({
        url: `http://127.0.0.1:${chunk.toString().trim()}`,
        stop: async () => {
          child.kill('SIGTERM');
          await exited;
        },
      }),
    );
  });
}
