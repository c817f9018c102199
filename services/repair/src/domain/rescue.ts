// Roadside rescue geometry and state: great-circle distance, ETA from an average road speed plus
// a turnout time, and the rescue state machine. Who may be dispatched: rescue-dispatch.ts.
import { TransitionRefused } from './errors';

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

export const AVERAGE_SPEED_KMH = 50;
export const TURNOUT_MINUTES = 10;
/** A crew on call outside opening hours turns out from standby, not from the workshop floor. */
export const ON_CALL_TURNOUT_MINUTES = 25;

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

export function etaAt(from: Date, km: number, turnoutMinutes = TURNOUT_MINUTES): Date {
  return new Date(from.getTime() + (turnoutMinutes + (km / AVERAGE_SPEED_KMH) * 60) * 60_000);
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
