// /v1/admin: operations for administrators. Key rotation re-wraps every data key under the active
// master key (deploy the new key as CUSTOMER_ACTIVE_KEY_ID with the old one still listed, call
// this, then drop the old key from CUSTOMER_MASTER_KEYS once `remaining` is 0).
import { Router } from 'express';
import { z } from 'zod';
import { route } from '@aftersales/service-kit';
import { type CustomerDeps } from '../application/deps';
import { RotationResultSchema, rotateDataKeys } from '../application/key-rotation';

const rotationSchema = z.preprocess(
  (v) => v ?? {},
  z.object({ batchSize: z.int().min(1).max(10_000).optional() }).strict(),
);

export function adminRouter(deps: CustomerDeps): Router {
  const router = Router();
  router.post(
    '/key-rotation',
    route({ body: rotationSchema }, async ({ body }) => rotateDataKeys(deps, body.batchSize), {
      summary: 'Re-wrap every data key under the active master key (repeat until remaining is 0)',
      roles: ['admin'],
      response: RotationResultSchema,
      status: 200,
    }),
  );
  return router;
}
