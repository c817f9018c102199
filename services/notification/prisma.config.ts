// Production migrations (`prisma migrate deploy`, where the schema engine exists). Tests, the demo
// and CI apply the same SQL files with @aftersales/db's runner (docs/environment.md).
// `prisma generate` loads this file too but needs no database, so DATABASE_URL is only required
// when it is set to be used: env() throws on a missing variable, which would break generate.
import { defineConfig, env } from 'prisma/config';

export default defineConfig({
  schema: 'prisma',
  migrations: { path: 'prisma/migrations' },
  ...(process.env.DATABASE_URL ? { datasource: { url: env('DATABASE_URL') } } : {}),
});
