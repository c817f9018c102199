// Vehicle identification numbers (ISO 3779): 17 characters from A-Z and 0-9 without I, O and Q.
// Position 9 is a check digit where the region mandates it (North America, WMI 1-5, and China,
// WMI L): transliterate letters to numbers, multiply by the position weights, sum modulo 11; a
// remainder of 10 is written "X". European and most other VINs use position 9 freely (VW and
// Porsche write "Z"), so enforcing the digit there would refuse real cars.

const VIN_SHAPE = /^[A-HJ-NPR-Z0-9]{17}$/;
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2] as const;
const LETTER_VALUES: Record<string, number> = {
  A: 1,
  B: 2,
  C: 3,
  D: 4,
  E: 5,
  F: 6,
  G: 7,
  H: 8,
  J: 1,
  K: 2,
  L: 3,
  M: 4,
  N: 5,
  P: 7,
  R: 9,
  S: 2,
  T: 3,
  U: 4,
  V: 5,
  W: 6,
  X: 7,
  Y: 8,
  Z: 9,
};

export type VinProblem = 'length' | 'characters' | 'check-digit';

/** Upper-cases and strips spaces and dashes people type into VINs. */
export function normaliseVin(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase();
}

export function vinCheckDigit(vin: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = vin[i]!;
    const value = c >= '0' && c <= '9' ? Number(c) : LETTER_VALUES[c];
    if (value === undefined) throw new RangeError(`Invalid VIN character "${c}"`);
    sum += value * WEIGHTS[i]!;
  }
  const remainder = sum % 11;
  return remainder === 10 ? 'X' : String(remainder);
}

/** Regions (first WMI character) whose regulations make position 9 a check digit. */
export function checkDigitMandatory(vin: string): boolean {
  return /^[1-5L]/.test(vin);
}

/** null when valid; otherwise what is wrong with it. Expects a normalised VIN. */
export function vinProblem(vin: string): VinProblem | null {
  if (vin.length !== 17) return 'length';
  if (!VIN_SHAPE.test(vin)) return 'characters';
  if (!checkDigitMandatory(vin)) return null;
  return vinCheckDigit(vin) === vin[8] ? null : 'check-digit';
}

export const vinProblemText: Record<VinProblem, string> = {
  length: 'A VIN has exactly 17 characters.',
  characters: 'A VIN uses only A-Z (without I, O, Q) and 0-9.',
  'check-digit':
    'The VIN check digit (position 9) does not match; it is mandatory for North American and Chinese VINs.',
};
