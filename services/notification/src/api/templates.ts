// /v1/notifications/templates/{key}/{locale}: a tenant's own wording of one built-in template in
// one locale (admin). The wording is checked against the template's placeholders (unknown ones,
// optional ones outside their section, required ones missing: 422) and used for every message
// sent after it is stored; deleting it brings the built-in wording back. Reads answer the wording
// in effect, the tenant's or the built-in one.
import { Router } from 'express';
import { z } from 'zod';
import { identityOf, route, type Role } from '@aftersales/service-kit';
import { RuleViolation } from '@aftersales/service-kit/domain';
import { type PrismaClient, type TemplateOverride } from '../db/client';
import { Locale } from '../domain/locale';
import { wordingProblems } from '../domain/template';
import { TEMPLATE_KEYS, templates, type TemplateKey } from '../templates';

const ADMIN: Role[] = ['admin'];

const params = z.object({ key: z.enum(TEMPLATE_KEYS), locale: Locale });

const body = z
  .object({
    subject: z.string().trim().min(1).max(200).describe('E-mail subject with {{placeholders}}'),
    body: z
      .string()
      .trim()
      .min(1)
      .max(5_000)
      .describe('Plain text with {{placeholders}} and {{#name}}...{{/name}} sections'),
  })
  .strict();

export const TemplateWordingSchema = z.object({
  templateKey: z.enum(TEMPLATE_KEYS),
  locale: Locale,
  subject: z.string(),
  body: z.string(),
  overridden: z.boolean().describe("true: the tenant's wording; false: the built-in one"),
  placeholders: z.array(z.string()).describe('The placeholders the wording may use'),
  optional: z
    .array(z.string())
    .describe('Placeholders that may be absent: only inside {{#name}}...{{/name}}'),
  required: z.array(z.string()).describe('Placeholders the wording must use'),
  updatedAt: z.iso.datetime().nullable(),
});
type TemplateWording = z.infer<typeof TemplateWordingSchema>;

function wordingView(key: TemplateKey, locale: Locale, row: TemplateOverride | null): TemplateWording {
  const def = templates[key];
  const text = row ?? def.texts[locale];
  return {
    templateKey: key,
    locale,
    subject: text.subject,
    body: text.body,
    overridden: row !== null,
    placeholders: [...def.placeholders],
    optional: [...(def.optional ?? [])],
    required: [...(def.required ?? [])],
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

export function templatesRouter(prisma: PrismaClient): Router {
  const router = Router();
  const PATH = '/v1/notifications/templates/:key/:locale';
  const where = (tenantId: string, p: z.infer<typeof params>) => ({
    tenantId_templateKey_locale: { tenantId, templateKey: p.key, locale: p.locale },
  });

  router.get(
    PATH,
    route(
      { params },
      async ({ params: p }, req) =>
        wordingView(
          p.key,
          p.locale,
          await prisma.templateOverride.findUnique({ where: where(identityOf(req).tenantId, p) }),
        ),
      {
        summary: "Read a template's wording in one locale (the tenant's own, else the built-in one)",
        roles: ADMIN,
        response: TemplateWordingSchema,
      },
    ),
  );

  router.put(
    PATH,
    route(
      { params, body },
      async ({ params: p, body: b }, req) => {
        const problems = wordingProblems(templates[p.key], b);
        if (problems.length > 0)
          throw new RuleViolation(`The wording does not fit the template ${p.key}: ${problems.join('; ')}.`, {
            code: 'template-wording-invalid',
            details: { problems },
          });
        const tenantId = identityOf(req).tenantId;
        const row = await prisma.templateOverride.upsert({
          where: where(tenantId, p),
          create: { tenantId, templateKey: p.key, locale: p.locale, subject: b.subject, body: b.body },
          update: { subject: b.subject, body: b.body },
        });
        return wordingView(p.key, p.locale, row);
      },
      {
        summary: "Set the tenant's own wording of a template in one locale",
        roles: ADMIN,
        response: TemplateWordingSchema,
        problems: [422],
      },
    ),
  );

  router.delete(
    PATH,
    route(
      { params },
      async ({ params: p }, req) => {
        const tenantId = identityOf(req).tenantId;
        await prisma.templateOverride.deleteMany({
          where: { tenantId, templateKey: p.key, locale: p.locale },
        });
        return wordingView(p.key, p.locale, null);
      },
      {
        summary: "Remove the tenant's wording of a template in one locale (the built-in one applies again)",
        roles: ADMIN,
        response: TemplateWordingSchema,
      },
    ),
  );
  return router;
}
