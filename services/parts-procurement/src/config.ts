// Environment of the parts-procurement service, validated once at start-up (secrets never echoed):
// the platform's variables only (docs/service-conventions.md lists them).
import { type z } from 'zod';
import { loadConfig, platformConfigSchema, withPlatformSecurity } from '@aftersales/service-kit';

export const configSchema = withPlatformSecurity(platformConfigSchema('parts-procurement', 4003));

export type PartsConfig = z.output<typeof configSchema>;

export function loadPartsConfig(env: Record<string, string | undefined> = process.env): PartsConfig {
  return loadConfig(configSchema, env);
}
