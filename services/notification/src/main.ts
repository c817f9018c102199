// The notification process: startService wires config, database, Kafka, API, sweep and shutdown.
import '@aftersales/telemetry/register'; // first: instruments http, express and pg before they load
import { runMain } from '@aftersales/service-kit';
import { notificationService } from './service';

runMain(notificationService);
