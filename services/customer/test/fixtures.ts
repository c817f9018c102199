// Request bodies and the plaintext every PII test looks for.
export const erika = {
  kind: 'person',
  name: 'Erika Mustermann',
  phone: '0151 2345 6789',
  email: 'Erika.Mustermann@Example.de',
  address: { line1: 'Heidestrasse 17', postalCode: '51147', city: 'Koeln-Porz', country: 'DE' },
  idNumbers: [{ type: 'national-id', value: 'T22000129' }],
  preferredChannel: 'email',
  consents: { marketing: true, dataProcessing: true },
};

/** Every piece of Erika's PII, in the spellings a leak could take. */
export const erikaPlaintext = [
  'Erika',
  'Mustermann',
  '+4915123456789',
  '15123456789',
  'erika.mustermann@example.de',
  'Heidestrasse',
  'Koeln-Porz',
  'T22000129',
];

export function person(n: number, over: Record<string, unknown> = {}) {
  return {
    kind: 'person',
    name: `Customer Number${n}`,
    phone: `+49 151 ${String(10_000_000 + n)}`,
    email: `customer${n}@example.com`,
    preferredChannel: 'phone',
    consents: { marketing: false, dataProcessing: true },
    ...over,
  };
}

let keyCounter = 0;
export const idemKey = () => `key-${Date.now()}-${++keyCounter}`;
