// Runs examples/java-consumer (a consumer of the public topics written in Java) the way an outside
// system would read them, and hands back its one-line JSON summary and exit code.
import { execFile } from 'node:child_process';
import path from 'node:path';

const runner = path.resolve(__dirname, '../../../examples/java-consumer/run.sh');
export const committedSchemas = path.resolve(__dirname, '../../../contracts/schemas');

export interface JavaConsumerSummary {
  valid: Record<string, number>;
  invalid: { topic: string; partition: number; offset: number; type: string | null; reason: string }[];
  missing: Record<string, string>;
}

export interface JavaConsumerRun {
  code: number;
  summary: JavaConsumerSummary;
}

export interface JavaConsumerArgs {
  brokers: string[];
  topics: string[];
  expect?: Record<string, number>;
  idleMs?: number;
  timeoutMs?: number;
}

/** Builds the jar if needed (the first Maven build downloads plugins: minutes) and runs it. */
export function runJavaConsumer(a: JavaConsumerArgs, processTimeoutMs = 280_000): Promise<JavaConsumerRun> {
  const args = [
    runner,
    ['--brokers', a.brokers.join(',')],
    ['--topics', a.topics.join(',')],
    ['--schemas', committedSchemas],
    [
      '--expect',
      Object.entries(a.expect ?? {})
        .map(([type, min]) => `${type}=${min}`)
        .join(','),
    ],
    ['--idle-ms', String(a.idleMs ?? 3_000)],
    ['--timeout-ms', String(a.timeoutMs ?? 60_000)],
  ].flat();
  return new Promise((resolve, reject) => {
    execFile(
      'bash',
      args,
      { timeout: processTimeoutMs, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
        const last = stdout.trim().split('\n').pop() ?? '';
        try {
          resolve({ code, summary: JSON.parse(last) as JavaConsumerSummary });
        } catch {
          reject(
            new Error(`java consumer printed no summary (exit ${code}):\n${stdout}\n${stderr.slice(-4_000)}`),
          );
        }
      },
    );
  });
}
