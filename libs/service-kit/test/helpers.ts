import type { DestinationStream } from 'pino';
import { createLogger, type Logger } from '../src';

/** A logger whose JSON lines are kept in memory for assertions. */
export function memoryLogger(service = 'test-svc'): {
  logger: Logger;
  lines: () => Record<string, unknown>[];
  raw: () => string;
} {
  const chunks: string[] = [];
  const destination: DestinationStream = { write: (chunk: string) => void chunks.push(chunk) };
  const logger = createLogger({ service, level: 'debug', destination });
  return {
    logger,
    raw: () => chunks.join(''),
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
