// Request bodies the journeys, fault tests and browser tests all start from.

const allDay = [{ open: '00:00', close: '24:00' }];

/** Open around the clock: a test books and repairs at whatever hour it runs. */
export const ALL_WEEK = {
  mon: allDay,
  tue: allDay,
  wed: allDay,
  thu: allDay,
  fri: allDay,
  sat: allDay,
  sun: allDay,
};

export interface CentreFixture {
  name: string;
  stockLocationId: string;
  bays?: number;
  /** One technician, tech-1 "Ana", with these skills (default brakes). */
  skills?: string[];
  technicianName?: string;
}

/** A POST /v1/service-centres body: a regional centre in Cologne, open all week, EUR 95 an hour, 19 % VAT. */
export function centreBody(c: CentreFixture) {
  return {
    name: c.name,
    type: 'regional-centre' as const,
    regionId: 'region-west',
    address: { line1: 'Neusser Str. 1', postalCode: '50670', city: 'Koeln', country: 'DE' },
    location: { latitude: 50.95, longitude: 6.95 },
    openingHours: ALL_WEEK,
    hoursExceptions: [],
    bays: c.bays ?? 4,
    technicians: [{ id: 'tech-1', name: c.technicianName ?? 'Ana', skills: c.skills ?? ['brakes'] }],
    labourRateMinor: 9_500,
    currency: 'EUR',
    taxRateBasisPoints: 1_900,
    stockLocationId: c.stockLocationId,
  };
}
