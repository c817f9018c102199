// Starts the gateway: config from the environment, then listen until SIGTERM.
import '@aftersales/telemetry/register'; // first: instruments http, express and pg before they load
import { kafkaSecurityFromConfig } from '@aftersales/kafka';
import { createLogger, runService } from '@aftersales/service-kit';
import { createGatewayApp } from './app';
import { loadGatewayConfig } from './config';
import { LiveFeed } from './live-events';

async function main() {
  const config = loadGatewayConfig();
  const logger = createLogger({ service: 'api-gateway', level: config.LOG_LEVEL });
  const live = new LiveFeed({
    brokers: config.KAFKA_BROKERS,
    clientId: config.KAFKA_CLIENT_ID,
    namespace: config.KAFKA_TOPIC_NAMESPACE,
    logger,
    security: kafkaSecurityFromConfig(config),
  });
  const app = createGatewayApp(config, logger, { live });
  // Open event streams would hold the HTTP server's drain until the timeout: end them first.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => live.endStreams());
  const { port } = await runService({
    app,
    port: config.PORT,
    logger,
    shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
    onShutdown: [() => live.stop()],
  });
  // In the background: the gateway serves requests while the broker is still unreachable.
  void live.start();
  logger.info({ port }, 'api-gateway listening');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
