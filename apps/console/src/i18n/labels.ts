// Catalogue keys of values several views show (the key names the value; the catalogue words it).
import { type MessageKey } from './I18n';

/** maintenance, repair, tyres, … as the reader's language names them. */
export const serviceTypeKey = (serviceType: string) => `reception.serviceType.${serviceType}` as MessageKey;
