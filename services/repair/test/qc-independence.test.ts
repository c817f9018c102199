// Independent quality control (PostgreSQL): a technician of the order cannot pass their own work,
// and a tenant that requires a certification for "qc-inspection" gets only certified inspectors.
import {
  admin,
  advisor,
  as,
  createCentre,
  ifMatch,
  key,
  qualityManager,
  receive,
  startHarness,
  type Harness,
  TO_APPROVAL,
  walk,
} from './harness';

describe('independent QC (PostgreSQL)', () => {
  let h: Harness;
  let centreId: string;
  const staff = advisor();
  beforeAll(async () => {
    h = await startHarness('repair_qc_independence');
    centreId = (await createCentre(h.app, admin())).id;
  });
  afterAll(async () => {
    await h?.close();
  });

  /** An order in QC whose work tech-1 did. */
  async function orderInQc(): Promise<{ id: string; version: number }> {
    const { id } = await receive(h.app, staff, centreId);
    const version = await walk(h.app, staff, id, [
      ...TO_APPROVAL,
      ['assignment', { technicianIds: ['tech-1'] }],
      ['progress', { note: 'Pads replaced', workComplete: true }],
    ]);
    return { id, version };
  }
  const qc = (id: string, version: number, inspectorId: string) =>
    as(h.app, staff).post(
      `/v1/repair-orders/${id}/qc`,
      { inspectorId, checklist: [{ code: 'ROAD-TEST', passed: true }] },
      ifMatch(version),
    );

  it('refuses a self-inspection with a 422 naming the rule, and accepts another inspector', async () => {
    const { id, version } = await orderInQc();
    const self = await qc(id, version, 'tech-1');
    expect(self.status).toBe(422);
    expect(self.body).toMatchObject({
      code: 'self-inspection',
      rule: 'independent-qc',
      technicianIds: ['tech-1'],
    });
    expect((await as(h.app, staff).get(`/v1/repair-orders/${id}`)).body.status).toBe('QC');

    // The technician recording the pass under someone else's name is refused too.
    const asTech = { ...staff, userId: 'tech-1' };
    const disguised = await as(h.app, asTech).post(
      `/v1/repair-orders/${id}/qc`,
      { inspectorId: 'insp-1', checklist: [{ code: 'ROAD-TEST', passed: true }] },
      ifMatch(version),
    );
    expect(disguised.status).toBe(422);

    const ok = await qc(id, version, 'tech-2');
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('READY');
  });

  it('requires the qc-inspection certification when the tenant says so', async () => {
    const qm = qualityManager();
    expect(
      (
        await as(h.app, qm).put('/v1/certification-requirements/qc-inspection', {
          certificationCodes: ['QC-INSP'],
        })
      ).status,
    ).toBe(200);
    const { id, version } = await orderInQc();
    const uncertified = await qc(id, version, 'tech-2');
    expect(uncertified.status).toBe(422);
    expect(uncertified.body).toMatchObject({ code: 'certification-required' });
    expect(uncertified.body.detail).toContain('record quality control of');

    const cert = await as(h.app, qm).post(
      '/v1/certifications',
      {
        technicianId: 'tech-2',
        centreId,
        certificationCode: 'QC-INSP',
        validUntil: new Date(Date.now() + 365 * 86_400_000).toISOString(),
      },
      key(),
    );
    expect(cert.status).toBe(201);
    expect((await qc(id, version, 'tech-2')).status).toBe(200);
  });
});
