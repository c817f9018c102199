#!/usr/bin/env node
// Lists a service's parked outbox rows, or puts them back in line once the cause is fixed (the
// topic exists, the ACL allows it, the message fits): the relay then publishes them and the rows
// of the same aggregate that waited behind them, in order.
// usage: aftersales-outbox-replay [--list] [--all | --seq N [--seq N ...]]
//   env: DATABASE_URL (the service's database, as the service itself is configured)
const { Client } = require('pg');
const { listParked, replayParked } = require('../dist');

function usage(code) {
  console.error(
    'usage: aftersales-outbox-replay [--list] [--all | --seq N ...]   (DATABASE_URL=postgresql://...)',
  );
  process.exit(code);
}

async function main() {
  const args = process.argv.slice(2);
  const url = process.env.DATABASE_URL;
  if (!url || args.includes('--help')) usage(url ? 0 : 2);
  const seqs = args.flatMap((a, i) => (a === '--seq' && args[i + 1] ? [args[i + 1]] : []));
  const replay = args.includes('--all') || seqs.length > 0;
  const client = new Client({ connectionString: url });
  await client.connect();
  // The two calls libs/kafka needs, over a plain pg connection.
  const db = {
    $queryRawUnsafe: (q, ...v) => client.query(q, v).then((r) => r.rows),
    $executeRawUnsafe: (q, ...v) => client.query(q, v).then((r) => r.rowCount ?? 0),
  };
  try {
    const parked = await listParked(db);
    for (const p of parked)
      console.log(
        `${p.seq}\t${p.eventType}\t${p.topic}\tkey=${p.key}\tattempts=${p.attempts}\t${p.lastError ?? ''}`,
      );
    console.log(`${parked.length} parked row(s)`);
    if (replay) console.log(`released ${await replayParked(db, seqs.length > 0 ? seqs : undefined)} row(s)`);
  } finally {
    await client.end();
  }
}
main().catch((err) => {
  console.error(err);
  process.exit(1);
});
