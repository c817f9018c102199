import { z } from 'zod';
import { clockSettingsFrom } from './clock';

/**
 * Variables every service reads. Services extend it:
 * `loadConfig(baseConfigSchema.extend({ DATABASE_URL: z.url() }))`.
 * Booleans: use `z.stringbool()`; `z.coerce.boolean()` turns "false" into true.
 */
export const baseConfigSchema = z.object({
  SERVICE_NAME: z.string().min(1),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  BODY_LIMIT: z.string().min(1).default('256kb'),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
});

export type BaseConfig = z.infer<typeof baseConfigSchema>;

export interface ConfigIssue {
  variable: string;
  message: string;
}

/** Thrown by loadConfig; names every bad variable and never carries its value. */
export class ConfigError extends Error {
  readonly issues: ConfigIssue[];

  constructor(issues: ConfigIssue[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  - ${i.variable}: ${i.message}`).join('\n')}`);
    this.name = 'ConfigError';
    this.issues = issues;
  }
}

/**
 * Validates the environment once at start-up. The error lists every failing variable by
 * name; values are never echoed because config holds secrets (DB passwords, JWT keys).
 */
export function loadConfig<S extends z.ZodType>(
  schema: S,
  env: Record<string, string | undefined> = process.env,
): z.output<S> {
  const result = schema.safeParse(env, { reportInput: false });
  // The demo clock is checked here so a service refuses it at start-up (e.g. in production).
  let clockIssue: ConfigIssue | undefined;
  try {
    clockSettingsFrom(env);
  } catch (err) {
    clockIssue = { variable: 'AFTERSALES_CLOCK_*', message: (err as Error).message };
  }
  if (result.success && !clockIssue) return result.data;
  if (result.success) throw new ConfigError([clockIssue!]);

  const issues = result.error.issues.map((issue) => {
    const variable = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
    return { variable, message: scrub(issue.message, env[String(issue.path[0])]) };
  });
  throw new ConfigError(clockIssue ? [...issues, clockIssue] : issues);
}

// zod's built-in messages do not include the input, but custom messages might.
function scrub(message: string, value: string | undefined): string {
  if (!value || value.length < 3) return message;
  return message.split(value).join('[redacted]');
}
