// Centre names for views whose data knows only centre ids (analytics keeps ids, not names).
import { type ServiceCentre } from '../api/types';

export type CentreNames = ReadonlyMap<string, string>;

export function centreNamesOf(centres: readonly Pick<ServiceCentre, 'id' | 'name'>[]): CentreNames {
  return new Map(centres.map((c) => [c.id, c.name]));
}

/** The centre's name, or its short id while names load or for a centre the caller cannot see. */
export function centreLabel(names: CentreNames, id: string): string {
  return names.get(id) ?? id.slice(0, 8);
}
