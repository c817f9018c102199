// Reception's photos and signature (attachments stored as bytea, images only, size and count
// limits) and the printed job card and delivery summary (PDF), against real PostgreSQL.
import { existsSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import request from 'supertest';
import { type Express } from 'express';
import { createLogger, issueToken, type Identity } from '@aftersales/service-kit';
import { buildApp } from '../src/app';
import { redactCustomer } from '../src/application/erasure';
import { DEFAULT_CJK_FONT } from '../src/application/repair-orders/documents';
import {
  AUTH,
  TO_APPROVAL,
  admin,
  advisor,
  as,
  createCentre,
  key,
  receive,
  startHarness,
  walk,
  type Harness,
} from './harness';

// A 1x1 PNG and the first bytes of a JPEG (the service checks magic bytes, not decodability).
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(60, 1)]);
const MAX_BYTES = 4096;

/** WinAnsi as pdfkit writes it: Latin-1, with the euro sign at 0x80. */
const winAnsi = (b: Buffer) => b.toString('latin1').replace(/\x80/g, '€');

/** The text of a PDF's TJ/Tj runs (pdfkit writes Latin text as hex strings of WinAnsi codes). */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const streams: string[] = [];
  const re = />>\s*stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    const body = pdf.subarray(start, end);
    try {
      streams.push(inflateSync(body).toString('latin1'));
    } catch {
      streams.push(body.toString('latin1'));
    }
    re.lastIndex = end;
  }
  const runs: string[] = [];
  for (const s of streams) {
    for (const tj of s.matchAll(/\[([^\]]*)\]\s*TJ/g))
      runs.push(
        [...tj[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => winAnsi(Buffer.from(h[1]!, 'hex'))).join(''),
      );
  }
  return runs.join('\n');
}

const tokenOf = (who: Identity) =>
  issueToken({ secret: AUTH.hs256Secret, issuer: AUTH.issuer, audience: AUTH.audience }, who);

/** GET with the body as bytes whatever its type. */
async function getBytes(app: Express, path: string, who: Identity) {
  const res = await request(app)
    .get(path)
    .set('Authorization', `Bearer ${await tokenOf(who)}`)
    .buffer(true)
    .parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
  return res as typeof res & { body: Buffer };
}

describe('reception attachments and printed documents (PostgreSQL)', () => {
  let h: Harness;
  let app: Express;
  const staff = advisor();
  let centreId: string;

  /** Uploads `data` as the request body with `type`. */
  async function upload(id: string, data: Buffer, type: string, kind = 'photo', who: Identity = staff) {
    return request(app)
      .post(`/v1/repair-orders/${id}/attachments?kind=${kind}`)
      .set('Authorization', `Bearer ${await tokenOf(who)}`)
      .set(key())
      .set('Content-Type', type)
      .send(data);
  }

  beforeAll(async () => {
    h = await startHarness('repair_reception_docs');
    // The same app with small limits and uncompressed PDFs (the text is read back).
    app = buildApp({
      prisma: h.prisma,
      logger: createLogger({ service: 'repair-test', level: 'silent' }),
      auth: AUTH,
      quoteValidDays: 14,
      attachments: { maxBytes: MAX_BYTES, perOrder: 3 },
      pdfCompress: false,
    });
    centreId = (await createCentre(h.app, admin())).id;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('records the arrival: booked with a booking, walk-in or towed as reception says', async () => {
    const walkIn = await receive(app, staff, centreId);
    expect(walkIn).toMatchObject({ arrival: 'walk-in', origin: 'walk-in' });
    const towed = await receive(app, staff, centreId, { arrival: 'towed' });
    expect(towed).toMatchObject({ arrival: 'towed' });
    const res = await as(app, staff).post(
      '/v1/repair-orders',
      {
        centreId,
        customerId: 'c',
        vehicleId: 'v',
        serviceType: 'repair',
        mileageKm: 1,
        fuelLevelPercent: 1,
        symptoms: 'x',
        arrival: 'booked',
      },
      key(),
    );
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('stores a photo and a signature and reads them back byte for byte', async () => {
    const order = await receive(app, staff, centreId);
    const photo = await upload(order.id, JPEG, 'image/jpeg');
    expect(photo.status).toBe(201);
    expect(photo.body).toMatchObject({
      kind: 'photo',
      contentType: 'image/jpeg',
      sizeBytes: JPEG.length,
      createdBy: staff.userId,
    });
    expect(photo.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    const sig = await upload(order.id, PNG, 'image/png', 'signature');
    expect(sig.status).toBe(201);

    const list = await as(app, staff).get(`/v1/repair-orders/${order.id}/attachments`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((a: { kind: string }) => a.kind)).toEqual(['photo', 'signature']);
    expect(list.body.items[0]).not.toHaveProperty('data');

    const back = await getBytes(app, `/v1/repair-orders/${order.id}/attachments/${sig.body.id}`, staff);
    expect(back.status).toBe(200);
    expect(back.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(back.body as Buffer, PNG)).toBe(0);

    // Another tenant does not see the order at all.
    const stranger = await as(app, advisor('tenant-b')).get(`/v1/repair-orders/${order.id}/attachments`);
    expect(stranger.status).toBe(404);
  });

  it('refuses a non-image, a mislabelled one and an oversize one with problem+json, and a 4th attachment', async () => {
    const order = await receive(app, staff, centreId);
    const text = await upload(order.id, Buffer.from('hello, not an image'), 'text/plain');
    expect(text.status).toBe(415);
    expect(text.headers['content-type']).toMatch(/application\/problem\+json/);
    const disguised = await upload(order.id, Buffer.from('%PDF-1.7 not an image'), 'image/png');
    expect(disguised.status).toBe(415);
    expect(disguised.body.detail).toMatch(/not a JPEG, PNG or WebP/);
    const big = await upload(order.id, Buffer.concat([JPEG, Buffer.alloc(MAX_BYTES)]), 'image/jpeg');
    expect(big.status).toBe(413);
    expect(big.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(big.body.maxBytes).toBe(MAX_BYTES);

    for (let i = 0; i < 3; i++) expect((await upload(order.id, JPEG, 'image/jpeg')).status).toBe(201);
    const fourth = await upload(order.id, JPEG, 'image/jpeg');
    expect(fourth.status).toBe(422);
    expect(fourth.headers['content-type']).toMatch(/application\/problem\+json/);
    const list = await as(app, staff).get(`/v1/repair-orders/${order.id}/attachments`);
    expect(list.body.items).toHaveLength(3);
  });

  const pdf = (path: string) => getBytes(app, path, staff);

  it('prints the job card with the order number, quote totals and the signature', async () => {
    const order = (await receive(app, staff, centreId)) as { id: string; orderNumber?: string };
    await walk(app, staff, order.id, TO_APPROVAL);
    expect((await upload(order.id, PNG, 'image/png', 'signature')).status).toBe(201);
    const full = await as(app, staff).get(`/v1/repair-orders/${order.id}`);
    const quote = full.body.quotes[0] as { totals: { grossMinor: number } };

    const res = await pdf(`/v1/repair-orders/${order.id}/job-card.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(res.body);
    expect(text).toContain(full.body.orderNumber);
    expect(text).toContain('Job card');
    expect(text).toContain('Grinding noise when braking');
    expect(text).toContain('Scratch on rear bumper');
    expect(text).toContain('42,000 km');
    // The gross total as the quote holds it, formatted in the document's locale.
    const gross = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(
      quote.totals.grossMinor / 100,
    );
    expect(text).toContain(gross);
    // The signature is drawn as an image XObject.
    expect(res.body.toString('latin1')).toMatch(/\/Subtype \/Image/);

    const de = await pdf(`/v1/repair-orders/${order.id}/job-card.pdf?locale=de`);
    expect(de.headers['content-language']).toBe('de');
    expect(pdfText(de.body)).toContain('Auftragskarte');
  });

  it('prints the delivery summary, and Chinese with the CJK font or English without it', async () => {
    const order = await receive(app, staff, centreId);
    const res = await pdf(`/v1/repair-orders/${order.id}/delivery-summary.pdf`);
    expect(res.status).toBe(200);
    expect(res.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(res.body);
    expect(text).toContain('Delivery summary');
    expect(text).toContain('No quality check recorded.');

    const zh = await pdf(`/v1/repair-orders/${order.id}/job-card.pdf?locale=zh-Hans`);
    expect(zh.status).toBe(200);
    expect(zh.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // This machine has WenQuanYi Micro Hei (fonts-wqy-microhei): the font is embedded.
    const hasFont = existsSync(DEFAULT_CJK_FONT.path);
    expect(zh.headers['content-language']).toBe(hasFont ? 'zh-Hans' : 'en');
    if (hasFont) expect(zh.body.toString('latin1')).toMatch(/WenQuanYi/);

    const noFont = buildApp({
      prisma: h.prisma,
      logger: createLogger({ service: 'repair-test', level: 'silent' }),
      auth: AUTH,
      quoteValidDays: 14,
      cjkFont: { path: '/nonexistent/font.ttc', family: 'X' },
      pdfCompress: false,
    });
    const fallback = await getBytes(
      noFont,
      `/v1/repair-orders/${order.id}/job-card.pdf?locale=zh-Hant`,
      staff,
    );
    expect(fallback.headers['content-language']).toBe('en');
    expect(pdfText(fallback.body)).toContain('Job card');

    const other = await as(app, advisor('tenant-b')).get(`/v1/repair-orders/${order.id}/job-card.pdf`);
    expect(other.status).toBe(404);
  });

  it("deletes the photos and signature of an erased customer's orders, and only theirs", async () => {
    const erased = await receive(app, staff, centreId, { customerId: 'cust-erased' });
    const other = await receive(app, staff, centreId, { customerId: 'cust-kept' });
    expect((await upload(erased.id, PNG, 'image/png', 'signature')).status).toBe(201);
    expect((await upload(other.id, PNG, 'image/png', 'signature')).status).toBe(201);
    const counts = await h.prisma.$transaction((tx) => redactCustomer(tx, 'tenant-a', 'cust-erased'));
    expect(counts.attachments).toBe(1);
    expect((await as(app, staff).get(`/v1/repair-orders/${erased.id}/attachments`)).body.items).toEqual([]);
    expect((await as(app, staff).get(`/v1/repair-orders/${other.id}/attachments`)).body.items).toHaveLength(
      1,
    );
  });
});
