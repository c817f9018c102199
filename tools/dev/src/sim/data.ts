// The demo dealer group as plain data (pure, seeded): two regions, four regional centres and two
// partner workshops with opening hours, bays and skilled technicians, 8 suppliers, a parts
// catalogue whose stock spread makes shortages happen, and customers with their vehicles (German
// names, addresses and European VINs). seed.ts writes it through the public API.
import { createRng, type Rng } from './rng';

export const DEMO_TENANT = 'dg-demo';

export interface Region {
  id: string;
  name: string;
}

export interface CentrePlan {
  key: string;
  name: string;
  type: 'regional-centre' | 'partner-workshop';
  regionId: string;
  address: { line1: string; postalCode: string; city: string; country: 'DE' };
  location: { latitude: number; longitude: number };
  bays: number;
  technicians: { id: string; name: string; skills: string[] }[];
  labourRateMinor: number;
  stockLocationId: string;
  /** Relative share of the group's workload. */
  workload: number;
}

export interface SupplierPlan {
  key: string;
  name: string;
  leadTimeDays: number;
}

export type StockProfile = 'fast' | 'normal' | 'slow' | 'none';

export interface PartPlan {
  partNumber: string;
  description: string;
  category: string;
  system: string;
  standardCostMinor: number;
  /** Price the customer pays (quote line). */
  retailMinor: number;
  supplierKeys: string[];
  profile: StockProfile;
  /** Units on hand per regional centre (partner workshops keep only fast movers). */
  onHand: number;
  fitment: { make: string; model: string }[];
}

export interface CustomerPlan {
  key: string;
  kind: 'person' | 'company';
  name: string;
  phone: string;
  email: string;
  address: { line1: string; postalCode: string; city: string; country: 'DE' };
  preferredChannel: 'phone' | 'email' | 'sms';
  homeCentreKey: string;
}

export interface VehiclePlan {
  key: string;
  customerKey: string;
  vin: string;
  /** German number plate of the owner's district, e.g. "K-AB 1234". */
  registrationNumber: string;
  make: string;
  model: string;
  modelYear: number;
  mileageKm: number;
  purchaseDate: string;
  warrantyEndsOn: string;
}

export interface DealerGroupPlan {
  tenantId: string;
  regions: Region[];
  centres: CentrePlan[];
  suppliers: SupplierPlan[];
  parts: PartPlan[];
  customers: CustomerPlan[];
  vehicles: VehiclePlan[];
}

export interface PlanSize {
  parts: number;
  customers: number;
}

export const DEFAULT_SIZE: PlanSize = { parts: 300, customers: 300 };

const regions: Region[] = [
  { id: 'region-rheinland', name: 'Rheinland' },
  { id: 'region-bayern', name: 'Bayern' },
];

const SYSTEMS = ['engine', 'brakes', 'suspension', 'electrical', 'hvac', 'tyres', 'body', 'transmission'];

const FIRST = [
  'Lukas',
  'Anna',
  'Jonas',
  'Lea',
  'Felix',
  'Marie',
  'Leon',
  'Sophie',
  'Paul',
  'Emma',
  'Maximilian',
  'Hannah',
  'Elias',
  'Mia',
  'Noah',
  'Lena',
  'Ben',
  'Laura',
  'Finn',
  'Clara',
  'Tobias',
  'Katharina',
  'Stefan',
  'Sabine',
  'Thomas',
  'Petra',
  'Andreas',
  'Claudia',
  'Michael',
  'Julia',
  'Jan',
  'Nicole',
  'Matthias',
  'Sandra',
  'Christian',
  'Birgit',
  'Markus',
  'Anja',
  'Ahmet',
  'Elif',
  'Marco',
  'Giulia',
];
const LAST = [
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Weber',
  'Meyer',
  'Wagner',
  'Becker',
  'Schulz',
  'Hoffmann',
  'Schäfer',
  'Koch',
  'Bauer',
  'Richter',
  'Klein',
  'Wolf',
  'Schröder',
  'Neumann',
  'Schwarz',
  'Zimmermann',
  'Braun',
  'Krüger',
  'Hofmann',
  'Hartmann',
  'Lange',
  'Schmitt',
  'Werner',
  'Krause',
  'Meier',
  'Lehmann',
  'Huber',
  'Kaiser',
  'Yılmaz',
  'Rossi',
  'Kowalski',
  'Novak',
];
const COMPANIES = [
  'Rheinkurier Logistik GmbH',
  'Pflegedienst Sonnenschein',
  'Elektro Brandt KG',
  'Stadtwerke Fahrzeugpool',
  'Alpen Taxi München',
  'Bäckerei Hofbauer',
  'Gartenbau Lindner',
  'Sanitär Keller GmbH',
  'Isar Mietwagen',
  'Kölner Handwerkerservice',
  'Medizintechnik Vogt',
  'Bauunternehmung Ertl',
];
const STREETS = [
  'Hauptstraße',
  'Bahnhofstraße',
  'Schulstraße',
  'Gartenstraße',
  'Dorfstraße',
  'Lindenstraße',
  'Kirchstraße',
  'Bergstraße',
  'Ringstraße',
  'Waldstraße',
  'Rosenweg',
  'Am Markt',
];
const CITIES: Record<string, { city: string; postalCode: string }[]> = {
  'region-rheinland': [
    { city: 'Köln', postalCode: '50667' },
    { city: 'Düsseldorf', postalCode: '40210' },
    { city: 'Bonn', postalCode: '53111' },
    { city: 'Leverkusen', postalCode: '51373' },
    { city: 'Neuss', postalCode: '41460' },
  ],
  'region-bayern': [
    { city: 'München', postalCode: '80331' },
    { city: 'Augsburg', postalCode: '86150' },
    { city: 'Rosenheim', postalCode: '83022' },
    { city: 'Freising', postalCode: '85354' },
    { city: 'Dachau', postalCode: '85221' },
  ],
};

/** District codes of number plates (Unterscheidungszeichen) for the cities above. */
const PLATE_DISTRICT: Record<string, string> = {
  Köln: 'K',
  Düsseldorf: 'D',
  Bonn: 'BN',
  Leverkusen: 'LEV',
  Neuss: 'NE',
  München: 'M',
  Augsburg: 'A',
  Rosenheim: 'RO',
  Freising: 'FS',
  Dachau: 'DAH',
};

/** A plate derived from the vehicle's number (not from the random stream: seeds keep their plans). */
export function plateFor(city: string, n: number): string {
  const letters = 'ABCDEFGHJKLMNPRSTUVWXYZ';
  const first = letters[n % letters.length]!;
  const second = letters[Math.floor(n / letters.length) % letters.length]!;
  return `${PLATE_DISTRICT[city] ?? 'K'}-${first}${second} ${1 + ((n * 7919) % 9_999)}`;
}

/** Make, models and the WMI (world manufacturer identifier) their VINs start with. */
const MAKES: { make: string; wmi: string; models: string[] }[] = [
  { make: 'Volkswagen', wmi: 'WVW', models: ['Golf', 'Passat', 'Tiguan', 'Polo', 'ID.4'] },
  { make: 'Audi', wmi: 'WAU', models: ['A3', 'A4', 'Q5'] },
  { make: 'BMW', wmi: 'WBA', models: ['320d', 'X3', '118i'] },
  { make: 'Mercedes-Benz', wmi: 'WDD', models: ['C 220 d', 'A 180', 'GLC 300'] },
  { make: 'Opel', wmi: 'W0L', models: ['Astra', 'Corsa'] },
  { make: 'Ford', wmi: 'WF0', models: ['Focus', 'Kuga'] },
  { make: 'Skoda', wmi: 'TMB', models: ['Octavia', 'Superb'] },
  { make: 'Seat', wmi: 'VSS', models: ['Leon', 'Ibiza'] },
];

/** ISO 3779 model-year letters (no I, O, Q, U, Z). */
const YEAR_CODE: Record<number, string> = {
  2015: 'F',
  2016: 'G',
  2017: 'H',
  2018: 'J',
  2019: 'K',
  2020: 'L',
  2021: 'M',
  2022: 'N',
  2023: 'P',
  2024: 'R',
  2025: 'S',
  2026: 'T',
};
const VIN_CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';

function vinFor(rng: Rng, wmi: string, year: number, serial: number): string {
  const model = rng.pick([...VIN_CHARS]) + rng.pick([...VIN_CHARS]);
  const plant = rng.pick([...'ABCDEKMPW']);
  return `${wmi}ZZZ${model}Z${YEAR_CODE[year]}${plant}${String(serial).padStart(6, '0')}`;
}

const PART_TEMPLATES: {
  code: string;
  description: string;
  category: string;
  system: string;
  costMinor: [number, number];
}[] = [
  {
    code: 'BRK-PAD',
    description: 'Brake pads, front axle',
    category: 'brakes',
    system: 'brakes',
    costMinor: [2_500, 6_500],
  },
  {
    code: 'BRK-PDR',
    description: 'Brake pads, rear axle',
    category: 'brakes',
    system: 'brakes',
    costMinor: [2_000, 5_000],
  },
  {
    code: 'BRK-DSC',
    description: 'Brake disc, front',
    category: 'brakes',
    system: 'brakes',
    costMinor: [4_000, 12_000],
  },
  {
    code: 'BRK-FLD',
    description: 'Brake fluid DOT 4, 1 l',
    category: 'fluids',
    system: 'brakes',
    costMinor: [800, 1_500],
  },
  {
    code: 'FLT-OIL',
    description: 'Oil filter',
    category: 'filters',
    system: 'engine',
    costMinor: [600, 1_800],
  },
  {
    code: 'FLT-AIR',
    description: 'Air filter',
    category: 'filters',
    system: 'engine',
    costMinor: [900, 2_500],
  },
  {
    code: 'FLT-CAB',
    description: 'Cabin filter, activated carbon',
    category: 'filters',
    system: 'hvac',
    costMinor: [1_200, 3_000],
  },
  {
    code: 'OIL-5W30',
    description: 'Engine oil 5W-30, 5 l',
    category: 'fluids',
    system: 'engine',
    costMinor: [3_000, 5_500],
  },
  {
    code: 'ENG-SPK',
    description: 'Spark plug set',
    category: 'engine',
    system: 'engine',
    costMinor: [2_000, 6_000],
  },
  {
    code: 'ENG-TBK',
    description: 'Timing belt kit with water pump',
    category: 'engine',
    system: 'engine',
    costMinor: [12_000, 32_000],
  },
  {
    code: 'ENG-GLW',
    description: 'Glow plug',
    category: 'engine',
    system: 'engine',
    costMinor: [1_500, 3_500],
  },
  {
    code: 'ELC-BAT',
    description: 'Battery 12 V AGM',
    category: 'electrical',
    system: 'electrical',
    costMinor: [9_000, 22_000],
  },
  {
    code: 'ELC-ALT',
    description: 'Alternator, exchange unit',
    category: 'electrical',
    system: 'electrical',
    costMinor: [18_000, 42_000],
  },
  {
    code: 'ELC-STR',
    description: 'Starter motor, exchange unit',
    category: 'electrical',
    system: 'electrical',
    costMinor: [15_000, 35_000],
  },
  {
    code: 'ELC-BLB',
    description: 'Headlight bulb H7',
    category: 'electrical',
    system: 'electrical',
    costMinor: [500, 1_500],
  },
  {
    code: 'SUS-SHK',
    description: 'Shock absorber, front',
    category: 'suspension',
    system: 'suspension',
    costMinor: [6_000, 16_000],
  },
  {
    code: 'SUS-ARM',
    description: 'Control arm, lower',
    category: 'suspension',
    system: 'suspension',
    costMinor: [5_000, 14_000],
  },
  {
    code: 'SUS-SPR',
    description: 'Coil spring, front',
    category: 'suspension',
    system: 'suspension',
    costMinor: [3_000, 8_000],
  },
  {
    code: 'HVC-CMP',
    description: 'A/C compressor',
    category: 'hvac',
    system: 'hvac',
    costMinor: [35_000, 80_000],
  },
  {
    code: 'HVC-GAS',
    description: 'Refrigerant R1234yf, 500 g',
    category: 'fluids',
    system: 'hvac',
    costMinor: [4_000, 9_000],
  },
  {
    code: 'TYR-WIN',
    description: 'Winter tyre 205/55 R16',
    category: 'tyres',
    system: 'tyres',
    costMinor: [6_000, 12_000],
  },
  {
    code: 'TYR-SUM',
    description: 'Summer tyre 225/45 R17',
    category: 'tyres',
    system: 'tyres',
    costMinor: [7_000, 15_000],
  },
  {
    code: 'BDY-WIP',
    description: 'Wiper blade set',
    category: 'body',
    system: 'body',
    costMinor: [1_500, 4_000],
  },
  {
    code: 'BDY-MIR',
    description: 'Exterior mirror glass, heated',
    category: 'body',
    system: 'body',
    costMinor: [2_500, 7_000],
  },
  {
    code: 'BDY-BMP',
    description: 'Bumper cover, front, primed',
    category: 'body',
    system: 'body',
    costMinor: [15_000, 40_000],
  },
  {
    code: 'TRN-CLT',
    description: 'Clutch kit with dual-mass flywheel',
    category: 'transmission',
    system: 'transmission',
    costMinor: [30_000, 90_000],
  },
  {
    code: 'TRN-ATF',
    description: 'Automatic transmission fluid, 1 l',
    category: 'fluids',
    system: 'transmission',
    costMinor: [1_200, 2_500],
  },
];

const SUPPLIERS: SupplierPlan[] = [
  { key: 'sup-rheinland', name: 'Rheinland Teile GmbH', leadTimeDays: 1 },
  { key: 'sup-bosch-dienst', name: 'Kfz-Teile Dienst Süd GmbH', leadTimeDays: 1 },
  { key: 'sup-nord', name: 'Autoteile Nord KG', leadTimeDays: 2 },
  { key: 'sup-alpen', name: 'Alpen Ersatzteile AG', leadTimeDays: 2 },
  { key: 'sup-reifen', name: 'Reifen Großhandel Mayer', leadTimeDays: 1 },
  { key: 'sup-karosserie', name: 'Karosserieteile Schulte', leadTimeDays: 3 },
  { key: 'sup-elektrik', name: 'Elektrik & Batterien Hansen', leadTimeDays: 2 },
  { key: 'sup-oem', name: 'Werksteile Logistikzentrum Kassel', leadTimeDays: 3 },
];

const SUPPLIER_BY_CATEGORY: Record<string, string[]> = {
  brakes: ['sup-rheinland', 'sup-bosch-dienst'],
  fluids: ['sup-nord', 'sup-rheinland'],
  filters: ['sup-nord', 'sup-bosch-dienst'],
  engine: ['sup-oem', 'sup-alpen'],
  electrical: ['sup-elektrik', 'sup-oem'],
  suspension: ['sup-alpen', 'sup-rheinland'],
  hvac: ['sup-oem', 'sup-elektrik'],
  tyres: ['sup-reifen'],
  body: ['sup-karosserie', 'sup-oem'],
  transmission: ['sup-oem', 'sup-alpen'],
};

// Every demo centre is in Germany: opening hours are local wall-clock times in this zone (the
// repair service converts them per centre, DST included).
export const DEMO_TIME_ZONE = 'Europe/Berlin';
const weekday = [{ open: '07:00', close: '18:00' }];
export const OPENING_HOURS = {
  mon: weekday,
  tue: weekday,
  wed: weekday,
  thu: weekday,
  fri: weekday,
  sat: [{ open: '08:00', close: '13:00' }],
  sun: [],
};

function technicians(rng: Rng, key: string, count: number): CentrePlan['technicians'] {
  return Array.from({ length: count }, (_, i) => ({
    id: `tech-${key}-${i + 1}`,
    name: `${rng.pick(FIRST)} ${rng.pick(LAST)}`,
    skills: [...new Set([rng.pick(SYSTEMS), rng.pick(SYSTEMS), rng.pick(SYSTEMS)])],
  }));
}

function centres(rng: Rng): CentrePlan[] {
  const c = (
    key: string,
    name: string,
    type: CentrePlan['type'],
    regionId: string,
    street: string,
    place: { city: string; postalCode: string },
    location: [number, number],
    bays: number,
    techs: number,
    labourRateMinor: number,
    workload: number,
  ): CentrePlan => ({
    key,
    name,
    type,
    regionId,
    address: { line1: street, postalCode: place.postalCode, city: place.city, country: 'DE' },
    location: { latitude: location[0], longitude: location[1] },
    bays,
    technicians: technicians(rng, key, techs),
    labourRateMinor,
    stockLocationId: `loc-${key}`,
    workload,
  });
  return [
    c(
      'koeln',
      'Autohaus Rhein Köln-Ehrenfeld',
      'regional-centre',
      'region-rheinland',
      'Venloer Str. 412',
      { city: 'Köln', postalCode: '50825' },
      [50.951, 6.915],
      10,
      9,
      11_900,
      1.3,
    ),
    c(
      'duesseldorf',
      'Autohaus Rhein Düsseldorf-Bilk',
      'regional-centre',
      'region-rheinland',
      'Völklinger Str. 20',
      { city: 'Düsseldorf', postalCode: '40219' },
      [51.21, 6.764],
      8,
      7,
      12_400,
      1.0,
    ),
    c(
      'bonn',
      'Kfz-Meisterbetrieb Weiler (Partner)',
      'partner-workshop',
      'region-rheinland',
      'Siemensstr. 7',
      { city: 'Bonn', postalCode: '53121' },
      [50.727, 7.067],
      4,
      3,
      9_800,
      0.45,
    ),
    c(
      'muenchen',
      'Autohaus Isar München-Moosach',
      'regional-centre',
      'region-bayern',
      'Dachauer Str. 520',
      { city: 'München', postalCode: '80993' },
      [48.18, 11.51],
      10,
      9,
      13_500,
      1.3,
    ),
    c(
      'augsburg',
      'Autohaus Isar Augsburg',
      'regional-centre',
      'region-bayern',
      'Haunstetter Str. 112',
      { city: 'Augsburg', postalCode: '86161' },
      [48.345, 10.905],
      7,
      6,
      11_500,
      0.9,
    ),
    c(
      'rosenheim',
      'Werkstatt Huber & Söhne (Partner)',
      'partner-workshop',
      'region-bayern',
      'Kufsteiner Str. 60',
      { city: 'Rosenheim', postalCode: '83022' },
      [47.847, 12.12],
      4,
      3,
      9_500,
      0.45,
    ),
  ];
}

function parts(rng: Rng, count: number): PartPlan[] {
  return Array.from({ length: count }, (_, i) => {
    const t = PART_TEMPLATES[i % PART_TEMPLATES.length]!;
    const m = MAKES[Math.floor(i / PART_TEMPLATES.length) % MAKES.length]!;
    const variant = Math.floor(i / (PART_TEMPLATES.length * MAKES.length));
    const cost = rng.int(t.costMinor[0], t.costMinor[1]);
    // Stock spread: fast movers plenty, most parts a few, some slow, some never stocked.
    const profile = rng.weighted<StockProfile>([
      ['fast', 0.25],
      ['normal', 0.45],
      ['slow', 0.18],
      ['none', 0.12],
    ]);
    const onHand = { fast: rng.int(8, 20), normal: rng.int(2, 6), slow: rng.int(0, 1), none: 0 }[profile];
    return {
      partNumber: `${t.code}-${m.wmi}-${String(100 + i).padStart(4, '0')}${variant ? `-${variant}` : ''}`,
      description: `${t.description} (${m.make})`,
      category: t.category,
      system: t.system,
      standardCostMinor: cost,
      retailMinor: Math.round((cost * rng.between(1.35, 1.7)) / 10) * 10,
      supplierKeys: SUPPLIER_BY_CATEGORY[t.category] ?? ['sup-oem'],
      profile,
      onHand,
      fitment: m.models.slice(0, 2).map((model) => ({ make: m.make, model })),
    };
  });
}

function customersAndVehicles(
  rng: Rng,
  count: number,
  centreList: CentrePlan[],
): { customers: CustomerPlan[]; vehicles: VehiclePlan[] } {
  const customers: CustomerPlan[] = [];
  const vehicles: VehiclePlan[] = [];
  const companies = Math.min(COMPANIES.length, Math.round(count / 25));
  const weights = centreList.map((c) => [c, c.workload] as const);
  for (let i = 0; i < count; i++) {
    const home = rng.weighted(weights);
    const place = rng.pick(CITIES[home.regionId]!);
    const company = i < companies;
    const first = rng.pick(FIRST);
    const last = rng.pick(LAST);
    const name = company ? COMPANIES[i]! : `${first} ${last}`;
    const mailName = (company ? name.split(' ')[0]! : `${first}.${last}`)
      .toLowerCase()
      .replace(/ä/g, 'ae')
      .replace(/ö/g, 'oe')
      .replace(/ü/g, 'ue')
      .replace(/ß/g, 'ss')
      .replace(/ı/g, 'i')
      .replace(/[^a-z.]/g, '');
    const key = `cust-${String(i + 1).padStart(4, '0')}`;
    customers.push({
      key,
      kind: company ? 'company' : 'person',
      name,
      phone: `+49 ${rng.pick(['151', '160', '170', '176', '152'])} ${rng.int(1000, 9999)} ${rng.int(1000, 9999)}`,
      email: `${mailName}.${i + 1}@example.de`,
      address: {
        line1: `${rng.pick(STREETS)} ${rng.int(1, 140)}`,
        postalCode: place.postalCode,
        city: place.city,
        country: 'DE',
      },
      preferredChannel: rng.weighted([
        ['phone', 0.5],
        ['email', 0.35],
        ['sms', 0.15],
      ] as const),
      homeCentreKey: home.key,
    });
    for (let v = 0; v < (company ? 3 : 1); v++) {
      const m = rng.pick(MAKES);
      const year = rng.int(2016, 2025);
      const purchase = `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
      vehicles.push({
        key: `veh-${String(vehicles.length + 1).padStart(4, '0')}`,
        customerKey: key,
        vin: vinFor(rng, m.wmi, year, 100_000 + vehicles.length * 7 + rng.int(0, 6)),
        registrationNumber: plateFor(place.city, vehicles.length + 1),
        make: m.make,
        model: rng.pick(m.models),
        modelYear: year,
        mileageKm: Math.round((2026 - year + 0.5) * rng.int(9_000, 24_000)),
        purchaseDate: purchase,
        warrantyEndsOn: `${year + 2}${purchase.slice(4)}`,
      });
    }
  }
  return { customers, vehicles };
}

/** The whole dealer group for a seed; the same seed always gives the same group. */
export function dealerGroupPlan(seed = 1, size: PlanSize = DEFAULT_SIZE): DealerGroupPlan {
  const rng = createRng(seed);
  const centreList = centres(rng);
  return {
    tenantId: DEMO_TENANT,
    regions,
    centres: centreList,
    suppliers: SUPPLIERS,
    parts: parts(rng, size.parts),
    ...customersAndVehicles(rng, size.customers, centreList),
  };
}
