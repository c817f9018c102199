// The escalation scheduler survives restarts: deadlines live in the database, so a complaint
// that went overdue while no sweep ran escalates once a fresh instance starts, exactly once,
// even with several replicas sweeping at the same time.
import request from 'supertest';
import { waitFor } from '@aftersales/testing';
import {
  ALWAYS_OPEN,
  COMPLAINT_TOPIC,
  startInstance,
  startSuite,
  token,
  type Instance,
  type Suite,
} from './harness';

const MINUTE = 60_000;

describe('escalation sweep', () => {
  let suite: Suite;
  const running: Instance[] = [];
  let admin: string;
  let advisor: string;

  const start = async (opts: Parameters<typeof startInstance>[1] = {}) => {
    const i = await startInstance(suite, opts);
    running.push(i);
    return i;
  };
  const stop = async (i: Instance) => {
    await i.stop();
    running.splice(running.indexOf(i), 1);
  };

  beforeAll(async () => {
    suite = await startSuite('escalation');
    admin = await token(['admin']);
    advisor = await token(['service-advisor']);
    // Tiny limits for critical complaints, a clock that never closes, a two-step chain.
    const setup = await start();
    const api = request(setup.app);
    await api
      .put('/v1/business-calendar')
      .set('Authorization', `Bearer ${admin}`)
      .send(ALWAYS_OPEN)
      .expect(200);
    const limits = (await api.get('/v1/time-limits').set('Authorization', `Bearer ${admin}`)).body;
    await api
      .put('/v1/time-limits')
      .set('Authorization', `Bearer ${admin}`)
      .send({
        ...limits,
        critical: { acknowledgeMinutes: 1, resolveMinutes: 600 },
        high: { acknowledgeMinutes: 1, resolveMinutes: 2 },
      })
      .expect(200);
    await api
      .patch('/v1/complaint-settings')
      .set('Authorization', `Bearer ${admin}`)
      .send({ escalationChain: ['team-lead', 'centre-manager'] })
      .expect(200);
    await stop(setup);
  });
  afterAll(async () => {
    for (const i of [...running]) await i.stop();
    await suite?.close();
  });

  const register = async (svc: Instance, severity: string) => {
    const res = await request(svc.app)
      .post('/v1/complaints')
      .set('Authorization', `Bearer ${advisor}`)
      .set('Idempotency-Key', `esc-${Math.random()}`)
      .send({
        channel: 'phone',
        description: 'Car still pulls to the left',
        category: 'repair-quality',
        severity,
      });
    expect(res.status).toBe(201);
    return res.body as { id: string; deadlines: { acknowledgeBy: string } };
  };
  const escalations = (svc: Instance, complaintId: string) =>
    svc.prisma.complaintHistory.findMany({
      where: { complaintId, kind: 'escalation' },
      orderBy: { seq: 'asc' },
    });

  it('escalates an overdue complaint exactly once after a restart', async () => {
    // The first instance takes complaints in five minutes ago and never sweeps, then goes down.
    const first = await start({ now: new Date(Date.now() - 5 * MINUTE) });
    const overdue = await register(first, 'critical');
    const onTime = await register(first, 'low');
    expect(Date.parse(overdue.deadlines.acknowledgeBy)).toBeLessThan(Date.now());
    await stop(first);

    // A fresh instance (new Prisma client, app, relay, sweeper) on the same database.
    const second = await start();
    expect(await escalations(second, overdue.id)).toHaveLength(0);
    second.sweeper.start();
    await waitFor(
      async () => ((await escalations(second, overdue.id)).length > 0 ? true : undefined),
      'the escalation',
    );

    // Another replica sweeping too, and a few more passes: still one escalation.
    const third = await start();
    expect((await third.sweeper.sweepOnce()).escalated).toBe(0);
    await new Promise((r) => setTimeout(r, 200)); // several more passes of the running sweeper
    await stop(second);
    const history = await escalations(third, overdue.id);
    expect(history).toHaveLength(1);
    expect(history[0]!.data).toMatchObject({
      level: 1,
      missedDeadline: 'acknowledge',
      toTeamId: 'team-lead',
      fromTeamId: 'complaints-desk',
    });
    expect(await escalations(third, onTime.id)).toHaveLength(0);

    const got = await request(third.app)
      .get(`/v1/complaints/${overdue.id}`)
      .set('Authorization', `Bearer ${admin}`);
    expect(got.body.escalation).toMatchObject({ level: 1, toTeamId: 'team-lead' });
    expect(got.body.escalation.acknowledgeEscalatedAt).not.toBeNull();
    const queue = await request(third.app)
      .get('/v1/queues/team-lead')
      .set('Authorization', `Bearer ${admin}`);
    expect(queue.body.items.map((i: { id: string }) => i.id)).toEqual([overdue.id]);
    expect(queue.body.items[0].nextDeadline.timeLeftSeconds).toBeLessThan(0);

    const events = await waitFor(async () => {
      const all = (await suite.read(COMPLAINT_TOPIC, 100, 1_000)).filter(
        (m) => m.key === overdue.id && m.headers['event-type'] === 'complaint.escalated',
      );
      return all.length > 0 ? all : undefined;
    }, 'complaint.escalated on Kafka');
    await new Promise((r) => setTimeout(r, 300));
    const again = (await suite.read(COMPLAINT_TOPIC, 100, 1_000)).filter(
      (m) => m.key === overdue.id && m.headers['event-type'] === 'complaint.escalated',
    );
    expect(again).toHaveLength(1);
    const data = JSON.parse(events[0]!.value!).data;
    expect(data).toMatchObject({
      complaintId: overdue.id,
      level: 1,
      missedDeadline: 'acknowledge',
      dueAt: overdue.deadlines.acknowledgeBy,
      fromTeamId: 'complaints-desk',
      toTeamId: 'team-lead',
      category: 'repair-quality',
      severity: 'critical',
    });
    expect(data.overdueSeconds).toBeGreaterThanOrEqual(3 * 60);
    expect(events[0]!.value).not.toContain('pulls to the left');
  });

  it('lets several replicas sweep at once without escalating anything twice', async () => {
    const past = await start({ now: new Date(Date.now() - 5 * MINUTE) });
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push((await register(past, 'critical')).id);
    await stop(past);
    const replicas = await Promise.all([start(), start(), start()]);
    const counts = await Promise.all(replicas.map((r) => r.sweeper.sweepOnce()));
    expect(counts.reduce((a, b) => a + b.escalated, 0)).toBe(12);
    for (const id of ids) expect(await escalations(replicas[0]!, id)).toHaveLength(1);
    for (const r of replicas) await stop(r);
  });

  it('climbs the chain when the resolution deadline passes too', async () => {
    const past = await start({ now: new Date(Date.now() - 5 * MINUTE) });
    const c = await register(past, 'high'); // acknowledge within 1 min, resolve within 2
    await stop(past);
    const svc = await start();
    expect((await svc.sweeper.sweepOnce()).escalated).toBe(2);
    const history = await escalations(svc, c.id);
    expect(history.map((h) => h.data)).toEqual([
      expect.objectContaining({ level: 1, missedDeadline: 'acknowledge', toTeamId: 'team-lead' }),
      expect.objectContaining({ level: 2, missedDeadline: 'resolve', toTeamId: 'centre-manager' }),
    ]);
    expect((await svc.sweeper.sweepOnce()).escalated).toBe(0);
    const row = await svc.prisma.complaint.findUniqueOrThrow({ where: { id: c.id } });
    expect(row.escalateAt).toBeNull();
    expect(row.version).toBe(3);
    await stop(svc);
  });

  it('does not escalate an acknowledged or resolved complaint', async () => {
    const past = await start({ now: new Date(Date.now() - 5 * MINUTE) });
    const acked = await register(past, 'critical');
    const handler = await token(['complaint-handler']);
    await request(past.app)
      .post(`/v1/complaints/${acked.id}/acknowledgement`)
      .set('Authorization', `Bearer ${handler}`)
      .send({})
      .expect(200);
    const resolved = await register(past, 'critical');
    await request(past.app)
      .post(`/v1/complaints/${resolved.id}/resolution`)
      .set('Authorization', `Bearer ${handler}`)
      .send({ remedy: 'apology', summary: 'Apologised' })
      .expect(200);
    await stop(past);
    const svc = await start();
    await svc.sweeper.sweepOnce();
    expect(await escalations(svc, acked.id)).toHaveLength(0);
    expect(await escalations(svc, resolved.id)).toHaveLength(0);
    await stop(svc);
  });

  it('clears a stale escalation deadline instead of claiming it on every pass', async () => {
    const past = await start({ now: new Date(Date.now() - 5 * MINUTE) });
    const c = await register(past, 'low');
    await stop(past);
    const svc = await start();
    // As if an older build had left escalate_at behind on an acknowledged complaint.
    await svc.prisma.complaint.update({
      where: { id: c.id },
      data: { acknowledgedAt: new Date(), escalateAt: new Date(Date.now() - MINUTE) },
    });
    expect(await svc.sweeper.sweepOnce()).toEqual({
      escalated: 0,
      closed: 0,
      inquiriesEscalated: 0,
      actionsEscalated: 0,
    });
    expect(
      (await svc.prisma.complaint.findUniqueOrThrow({ where: { id: c.id } })).escalateAt?.toISOString(),
    ).toBe((await svc.prisma.complaint.findUniqueOrThrow({ where: { id: c.id } })).resolveBy?.toISOString());
    await stop(svc);
  });

  it('closes a resolved complaint once the customer stays silent past the verdict timeout', async () => {
    const handler = await token(['complaint-handler']);
    const svc = await start();
    await request(svc.app)
      .patch('/v1/complaint-settings')
      .set('Authorization', `Bearer ${admin}`)
      .send({ verdictTimeoutMinutes: 30 })
      .expect(200);
    const c = await register(svc, 'low');
    const silent = await register(svc, 'low');
    for (const id of [c.id, silent.id]) {
      await request(svc.app)
        .post(`/v1/complaints/${id}/resolution`)
        .set('Authorization', `Bearer ${handler}`)
        .send({ remedy: 'apology', summary: 'Sorry' })
        .expect(200);
    }
    await request(svc.app)
      .post(`/v1/complaints/${silent.id}/notification`)
      .set('Authorization', `Bearer ${handler}`)
      .send({ via: 'email' })
      .expect(200);
    expect((await svc.sweeper.sweepOnce()).closed).toBe(0); // 30 minutes have not passed
    svc.setNow(new Date(Date.now() + 31 * MINUTE));
    expect((await svc.sweeper.sweepOnce()).closed).toBe(1);
    expect((await svc.sweeper.sweepOnce()).closed).toBe(0);
    svc.setNow(null);
    expect((await svc.prisma.complaint.findUniqueOrThrow({ where: { id: silent.id } })).closure).toBe(
      'verdict-timeout',
    );
    // Never told the result: no verdict can be awaited, so it stays resolved.
    expect((await svc.prisma.complaint.findUniqueOrThrow({ where: { id: c.id } })).status).toBe('resolved');
    const closed = await waitFor(async () => {
      const all = (await suite.read(COMPLAINT_TOPIC, 500, 1_000)).filter(
        (m) => m.key === silent.id && m.headers['event-type'] === 'complaint.closed',
      );
      return all.length > 0 ? all : undefined;
    }, 'complaint.closed');
    expect(JSON.parse(closed[0]!.value!).data).toMatchObject({ closure: 'verdict-timeout', reopenCount: 0 });
    await stop(svc);
  });
});
