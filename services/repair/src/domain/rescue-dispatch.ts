// Who can take a roadside rescue now, at any hour. Candidates are the centres of the rescue's
// region (the caller passes only those in the dispatcher's scope) that can send a crew now:
// open now (their own hours in their own time zone, with the emergency extension and the
// emergency closed-day rule of emergency.ts) or on the region's on-call roster now. Partner
// workshops only while qualified. The best is the earliest estimated arrival; an on-call crew
// outside opening hours turns out slower (ON_CALL_TURNOUT_MINUTES). Pure: the application loads
// centres, roster, emergency and qualifications.
import { localDateOf, localDateTimeToInstant, minutesOf } from '@aftersales/service-kit/domain';
import {
  WEEKDAYS,
  emergencyOpenIntervals,
  openIntervals,
  type HoursException,
  type OpeningHours,
  type Weekday,
} from './capacity';
import { addDays } from './emergency';
import { ON_CALL_TURNOUT_MINUTES, TURNOUT_MINUTES, distanceKm, etaAt, type GeoPoint } from './rescue';

/** A weekly on-call window in the centre's local time; `to` <= `from` runs past midnight. */
export interface RosterWindow {
  day: Weekday;
  from: string; // HH:MM
  to: string; // HH:MM, 24:00 allowed
}
/** A dated on-call interval [from, to) in UTC instants (ISO-8601). */
export interface RosterInterval {
  from: string;
  to: string;
}
export interface RosterEntry {
  centreId: string;
  technicianId: string | null;
  weekly: RosterWindow[];
  dated: RosterInterval[];
}

const weekdayOf = (date: string): Weekday => WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
const within = (at: Date, start: Date, end: Date) =>
  start.getTime() <= at.getTime() && at.getTime() < end.getTime();

/** Whether the roster entry is on call at `at` (weekly windows read in `timeZone`). */
export function onCallAt(entry: RosterEntry, at: Date, timeZone: string): boolean {
  if (entry.dated.some((d) => within(at, new Date(d.from), new Date(d.to)))) return true;
  const today = localDateOf(at, timeZone);
  const yesterday = addDays(today, -1);
  return entry.weekly.some((w) => {
    const overnight = minutesOf(w.to) <= minutesOf(w.from);
    // A window of today, and the part after midnight of yesterday's overnight window.
    for (const date of overnight ? [today, yesterday] : [today]) {
      if (weekdayOf(date) !== w.day) continue;
      const start = localDateTimeToInstant(date, minutesOf(w.from), timeZone);
      const end = localDateTimeToInstant(overnight ? addDays(date, 1) : date, minutesOf(w.to), timeZone);
      if (within(at, start, end)) return true;
    }
    return false;
  });
}

export interface DispatchCentre {
  id: string;
  type: string;
  regionId: string;
  latitude: number | null;
  longitude: number | null;
  timeZone: string;
  openingHours: OpeningHours;
  hoursExceptions: readonly HoursException[];
  /** Partner workshops: qualified now (qualification.ts). Ignored for regional centres. */
  qualified: boolean;
}

/** Why a centre cannot take the rescue now. */
export type Unavailability = 'other-region' | 'no-location' | 'not-qualified' | 'closed';

export interface DispatchCandidate {
  centre: DispatchCentre;
  cover: 'open' | 'on-call';
  /** The on-call technician the roster names, if any. */
  technicianId: string | null;
  distanceKm: number;
  etaAt: Date;
}

export interface DispatchAssessment {
  /** Best (earliest ETA, then nearest, then id) first. */
  candidates: DispatchCandidate[];
  unavailable: { centreId: string; reason: Unavailability }[];
}

export function openAt(centre: DispatchCentre, at: Date, emergencyExtraHours: number | null): boolean {
  const date = localDateOf(at, centre.timeZone);
  const intervals =
    emergencyExtraHours === null
      ? openIntervals(date, centre.openingHours, centre.hoursExceptions, 0, centre.timeZone)
      : emergencyOpenIntervals(
          date,
          centre.openingHours,
          centre.hoursExceptions,
          emergencyExtraHours,
          centre.timeZone,
        );
  return intervals.some((iv) => within(at, iv.start, iv.end));
}

export function assessDispatch(input: {
  regionId: string;
  location: GeoPoint;
  at: Date;
  centres: readonly DispatchCentre[];
  roster: readonly RosterEntry[];
  /** The extra hours of the region's active emergency; null when none is active. */
  emergencyExtraHours: number | null;
}): DispatchAssessment {
  const { at } = input;
  const candidates: DispatchCandidate[] = [];
  const unavailable: DispatchAssessment['unavailable'] = [];
  for (const centre of input.centres) {
    const refuse = (reason: Unavailability) => unavailable.push({ centreId: centre.id, reason });
    if (centre.regionId !== input.regionId) refuse('other-region');
    else if (centre.latitude === null || centre.longitude === null) refuse('no-location');
    else if (centre.type === 'partner-workshop' && !centre.qualified) refuse('not-qualified');
    else {
      const open = openAt(centre, at, input.emergencyExtraHours);
      const duty = input.roster.find((e) => e.centreId === centre.id && onCallAt(e, at, centre.timeZone));
      if (!open && !duty) refuse('closed');
      else {
        const km = distanceKm(input.location, { latitude: centre.latitude, longitude: centre.longitude });
        candidates.push({
          centre,
          cover: open ? 'open' : 'on-call',
          technicianId: duty?.technicianId ?? null,
          distanceKm: km,
          etaAt: etaAt(at, km, open ? TURNOUT_MINUTES : ON_CALL_TURNOUT_MINUTES),
        });
      }
    }
  }
  candidates.sort(
    (a, b) =>
      a.etaAt.getTime() - b.etaAt.getTime() ||
      a.distanceKm - b.distanceKm ||
      (a.centre.id < b.centre.id ? -1 : a.centre.id > b.centre.id ? 1 : 0),
  );
  return { candidates, unavailable };
}
