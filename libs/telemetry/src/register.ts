// Loaded first by every service (`import '@aftersales/telemetry/register';` as the first line of
// main.ts, or `node --require @aftersales/telemetry/register`), so the instrumentations hook http,
// express and pg before anything requires them. Does nothing unless an exporter is configured.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { addExitHook, startTelemetry } from './start';

/** The service's package.json (nearest to the main script): name without scope, and version. */
function identity(): { name: string; version?: string } {
  let dir = path.dirname(require.main?.filename ?? process.argv[1] ?? process.cwd());
  for (let i = 0; i < 6; i++) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name) return { name: pkg.name.replace(/^@[^/]+\//, ''), version: pkg.version };
    }
    dir = path.dirname(dir);
  }
  return { name: 'unknown_service' };
}

const { name, version } = identity();
const telemetry = startTelemetry({
  serviceName: process.env.SERVICE_NAME || name,
  serviceVersion: process.env.SERVICE_VERSION || version,
});
if (telemetry.enabled) addExitHook(() => telemetry.shutdown());
