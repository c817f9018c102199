// Roadside rescue dispatch: the nearest centre (regional centre or partner workshop) by
// great-circle distance; ETA from an average road speed plus a fixed turnout time.
import { TransitionRefused, ruleViolation } from './errors';

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

export interface DispatchCandidate extends GeoPoint {
  id: string;
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

export function nearest<T extends DispatchCandidate>(
  location: GeoPoint,
  candidates: readonly T[],
): { centre: T; distanceKm: number } {
  let best: { centre: T; distanceKm: number } | undefined;
  for (const c of candidates) {
    const d = distanceKm(location, c);
    if (!best || d < best.distanceKm || (d === best.distanceKm && c.id < best.centre.id))
      best = { centre: c, distanceKm: d };
  }
  if (!best)
    throw ruleViolation('No service centre with a location can take this rescue', { code: 'no-centre' });
  return best;
}

export function etaAt(from: Date, km: number): Date {
  return new Date(from.getTime() + (TURNOUT_MINUTES + (km / AVERAGE_SPEED_KMH) * 60) * 60_000);
}

export type RescueStatus = 'REQUESTED' | 'DISPATCHED' | 'ON_SITE' | 'RESOLVED' | 'TOWED_IN' | 'CANCELLED';
export type RescueCommand = 'dispatch' | 'arrive' | 'resolve' | 'tow-in' | 'cancel';

const RESCUE_TABLE: Record<RescueCommand, Partial<Record<RescueStatus, RescueStatus>>> = {
  dispatch: { REQUESTED: 'DISPATCHED' },
  arrive: { DISPATCHED: 'ON_SITE' },
  resolve: { ON_SITE: 'RESOLVED' },
  'tow-in': { DISPATCHED: 'TOWED_IN', ON_SITE: 'TOWED_IN' },
  cancel: { REQUESTED: 'CANCELLED', DISPATCHED: 'CANCELLED' },
};

/** Commands a rescue in `status` takes, in table order. */
export function rescueCommandsAllowed(status: RescueStatus): RescueCommand[] {
  return (Object.keys(RESCUE_TABLE) as RescueCommand[]).filter((c) => RESCUE_TABLE[c][status] !== undefined);
}

export function rescueTransition(status: RescueStatus, command: RescueCommand): RescueStatus {
  const to = RESCUE_TABLE[command][status];
  if (!to) throw new TransitionRefused('rescue', status, command, rescueCommandsAllowed(status));
  return to;
}
