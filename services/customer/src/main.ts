// The customer process: startService wires config, database, Kafka, API, sweeps and shutdown.
import '@aftersales/telemetry/register'; // first: instruments http, express and pg before they load
import { runMain } from '@aftersales/service-kit';
import { customerService } from './service';

runMain(customerService);
