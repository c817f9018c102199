// The API document of parts-procurement names every operation and the body it answers with.
import request from 'supertest';
import { documentationGaps } from '@aftersales/testing';
import { startHarness, type Harness } from './harness';

describe('parts-procurement API document', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('parts_openapi');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('has a summary and a response schema for every operation', async () => {
    const doc = (await request(h.app).get('/openapi.json')).body;
    const { operations, gaps } = documentationGaps(doc);
    console.log(`parts-procurement: ${operations} operations documented`);
    expect(gaps).toEqual([]);
    expect(operations).toBeGreaterThanOrEqual(25);
  });
});
