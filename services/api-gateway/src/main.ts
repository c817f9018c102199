// Starts the gateway: config from the environment, then listen until SIGTERM.
import '@aftersales/telemetry/register'; // first: instruments http, express and pg before they load
import { createLogger, runService } from '@aftersales/service-kit';
import { createGatewayApp } from './app';
import { loadGatewayConfig } from './config';

async function main() {
  const config = loadGatewayConfig();
  const logger = createLogger({ service: 'api-gateway', level: config.LOG_LEVEL });
  const app = createGatewayApp(config, logger);
  const { port } = await runService({
    app,
    port: config.PORT,
    logger,
    shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
  });
  logger.info({ port }, 'api-gateway listening');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
