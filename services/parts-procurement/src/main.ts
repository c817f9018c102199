// The parts-procurement process: startService wires config, database, Kafka, API and shutdown.
import '@aftersales/telemetry/register'; // first: instruments http, express and pg before they load
import { runMain } from '@aftersales/service-kit';
import { partsService } from './service';

runMain(partsService);
