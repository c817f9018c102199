// The repair process: startService wires config, database, Kafka, API, sweeps and shutdown.
import '@aftersales/telemetry/register'; // first: instruments http, express and pg before they load
import { runMain } from '@aftersales/service-kit';
import { repairService } from './service';

runMain(repairService);
