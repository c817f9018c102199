// Issues a development JWT for a demo user: `npm run token -w @aftersales/api-gateway -- --role
// service-advisor [--tenant dg-demo] [--user advisor-1] [--centres c1,c2|*] [--dealers d1|*]`.
// Signs with the HS256 secret of deploy/dev/dev.env (or AUTH_HS256_SECRET): local use only.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROLES, issueToken, type Role } from '@aftersales/service-kit';

function devEnv(): Record<string, string> {
  const file = path.resolve(__dirname, '../../../deploy/dev/dev.env');
  return Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => /^[A-Z0-9_]+=/.test(l))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const list = (v: string): string[] | '*' => (v === '*' ? '*' : v.split(',').filter(Boolean));

async function main() {
  const env = { ...devEnv(), ...process.env };
  const roles = arg('role', 'service-advisor').split(',') as Role[];
  const unknown = roles.filter((r) => !ROLES.includes(r));
  if (unknown.length) throw new Error(`unknown role(s) ${unknown.join(', ')}; roles: ${ROLES.join(', ')}`);
  const token = await issueToken(
    {
      secret: env.AUTH_HS256_SECRET!,
      issuer: env.AUTH_ISSUER!,
      audience: env.AUTH_AUDIENCE!,
      ttlSeconds: Number(arg('ttl', '28800')),
    },
    {
      userId: arg('user', `${roles[0]}-1`),
      tenantId: arg('tenant', 'dg-demo'),
      dealerIds: list(arg('dealers', '*')),
      centreIds: list(arg('centres', '*')),
      roles,
    },
  );
  console.log(token);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
