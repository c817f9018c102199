// The clients file: the API audience machine and user access tokens are issued for, and the
// clients as oidc-provider client metadata (passed through as given, checked only for the fields
// this provider relies on).
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const clientSchema = z.looseObject({
  client_id: z.string().min(1),
  client_secret: z.string().min(1).optional(),
  grant_types: z.array(z.string()).optional(),
  response_types: z.array(z.string()).optional(),
  redirect_uris: z.array(z.string()).optional(),
});

const clientsFileSchema = z.object({
  apiAudience: z.string().min(1).default('aftersales-api'),
  clients: z.array(clientSchema).min(1),
});

export type ClientsFile = z.infer<typeof clientsFileSchema>;

/** Reads and validates the clients file; the error names the file and what is wrong. */
export function loadClients(file: string): ClientsFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`clients file ${file}: ${err instanceof Error ? err.message : String(err)}`, {
      cause: err,
    });
  }
  const parsed = clientsFileSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`clients file ${file} is invalid: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
