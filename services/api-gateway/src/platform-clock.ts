// GET /v1/clock: the platform's "now" (service-kit's now()), so clients compare server data with
// server time rather than their own clock. The demo runs on a shifted clock (AFTERSALES_CLOCK_*);
// in production a user's PC may simply be minutes off.
import { type RequestHandler } from 'express';
import { z } from 'zod';
import { now } from '@aftersales/service-kit';

export const clockResponse = z.object({
  now: z.iso.datetime().describe('The platform time (ISO 8601, UTC) when the gateway answered'),
});

export const platformClock: RequestHandler = (_req, res) => {
  res.set('cache-control', 'no-store').json(clockResponse.parse({ now: now().toISOString() }));
};
