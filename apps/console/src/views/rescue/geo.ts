// The rescue desk's offline map and its dispatch suggestion, pure: points projected linearly into
// the SVG's box (equirectangular, no tiles), great-circle distance, whether a centre is open now
// in its own time zone, and the nearest open centre of the rescue's region with an ETA. The
// estimate is the console's own (50 km/h plus a 10 minute turnout, as the repair service assumes);
// the repair service decides on dispatch (it also knows the on-call roster and partner status).

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

export const AVERAGE_SPEED_KMH = 50;
export const TURNOUT_MINUTES = 10;

/** Haversine distance in km. */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const R = 6_371;
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface Box {
  width: number;
  height: number;
  padding: number;
}

export interface Projection {
  /** x, y in the box for a point (north up). */
  project: (p: GeoPoint) => { x: number; y: number };
  bounds: { minLat: number; maxLat: number; minLon: number; maxLon: number };
}

/** A linear projection that fits every point into the box (a lone point sits in the middle). */
export function projectionOf(points: readonly GeoPoint[], box: Box): Projection {
  const lats = points.map((p) => p.latitude);
  const lons = points.map((p) => p.longitude);
  // At least ~0.1 degree across, so one point (or several on one spot) does not divide by zero.
  const span = (min: number, max: number) =>
    max - min < 0.1 ? [(min + max) / 2 - 0.05, (min + max) / 2 + 0.05] : [min, max];
  const [minLat, maxLat] = lats.length ? span(Math.min(...lats), Math.max(...lats)) : [-0.05, 0.05];
  const [minLon, maxLon] = lons.length ? span(Math.min(...lons), Math.max(...lons)) : [-0.05, 0.05];
  const w = box.width - 2 * box.padding;
  const h = box.height - 2 * box.padding;
  return {
    bounds: { minLat: minLat!, maxLat: maxLat!, minLon: minLon!, maxLon: maxLon! },
    project: (p) => ({
      x: box.padding + ((p.longitude - minLon!) / (maxLon! - minLon!)) * w,
      y: box.padding + ((maxLat! - p.latitude) / (maxLat! - minLat!)) * h,
    }),
  };
}

type Interval = { open: string; close: string };
export interface CentreHours {
  timeZone: string;
  openingHours: Record<string, Interval[]>;
  hoursExceptions: { date: string; closed?: boolean; hours?: Interval[] }[];
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const minutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
};

/** The local date (YYYY-MM-DD), weekday (mon..sun) and minute of the day at `at` in `timeZone`. */
export function localClock(at: Date, timeZone: string): { date: string; weekday: string; minute: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  return {
    date,
    weekday: WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]!,
    minute: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** Open at `at` by its own hours (and exceptions) in its own time zone, plus `extraHours` after closing. */
export function isOpen(centre: CentreHours, at: Date, extraHours = 0): boolean {
  const local = localClock(at, centre.timeZone);
  const exception = centre.hoursExceptions.find((e) => e.date === local.date);
  if (exception?.closed) return false;
  const hours = exception?.hours ?? centre.openingHours[local.weekday] ?? [];
  return hours.some(
    (i) => minutes(i.open) <= local.minute && local.minute < minutes(i.close) + extraHours * 60,
  );
}

export interface SuggestCentre extends CentreHours {
  id: string;
  regionId: string;
  location: GeoPoint | null;
}

export interface Suggestion<C> {
  centre: C;
  distanceKm: number;
  etaAt: Date;
}

/**
 * The nearest centre of the region that is open now and has a location, with the ETA at 50 km/h
 * plus the turnout; undefined when none is open.
 */
export function suggestCentre<C extends SuggestCentre>(
  rescue: { regionId: string; location: GeoPoint | null },
  centres: readonly C[],
  now: Date,
  extraHours = 0,
): Suggestion<C> | undefined {
  if (!rescue.location) return undefined;
  const from = rescue.location;
  return centres
    .filter((c) => c.regionId === rescue.regionId && c.location && isOpen(c, now, extraHours))
    .map((c) => {
      const km = distanceKm(from, c.location!);
      return {
        centre: c,
        distanceKm: Math.round(km * 10) / 10,
        etaAt: new Date(now.getTime() + (TURNOUT_MINUTES + (km / AVERAGE_SPEED_KMH) * 60) * 60_000),
      };
    })
    .sort((a, b) => a.distanceKm - b.distanceKm || a.centre.id.localeCompare(b.centre.id))[0];
}
