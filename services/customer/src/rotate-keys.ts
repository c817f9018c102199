// `npm run rotate-keys -w @aftersales/customer`: re-wraps every customer data key under
// CUSTOMER_ACTIVE_KEY_ID while the service keeps running (same as POST /v1/admin/key-rotation).
import { rotateDataKeys } from './application/key-rotation';
import { depsFromConfig } from './application/deps';
import { loadCustomerConfig } from './config';
import { createPrisma } from './db/client';

async function rotate(): Promise<void> {
  const config = loadCustomerConfig();
  const prisma = createPrisma({ databaseUrl: config.DATABASE_URL, maxConnections: 2 });
  try {
    const result = await rotateDataKeys(depsFromConfig(config, prisma));
    console.log(JSON.stringify(result));
    if (result.failed > 0 || result.remaining > 0) process.exitCode = 2;
  } finally {
    await prisma.$disconnect();
  }
}

rotate().catch((err) => {
  console.error(err instanceof Error ? err.message : 'rotation failed');
  process.exit(1);
});
