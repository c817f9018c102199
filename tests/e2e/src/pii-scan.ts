// Scans Kafka messages (value, key and headers) for personal data: the identifiers and contact
// details the platform holds about customers (given as known values) and anything shaped like an
// e-mail address, a phone number or a VIN.
import { type ReadMessage } from '@aftersales/testing';

const PATTERNS: Record<string, RegExp> = {
  email: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/,
  phone: /\+\d{1,3}[\d ()/-]{6,}\d/,
  vin: /\b[A-HJ-NPR-Z0-9]{17}\b/,
};

export interface PiiFinding {
  topic: string;
  offset: string;
  what: string;
}

/** Every message part that contains a known value or matches a PII pattern. */
export function findPii(
  topic: string,
  messages: readonly ReadMessage[],
  known: readonly string[],
): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (const m of messages) {
    const text = [m.key ?? '', m.value ?? '', ...Object.values(m.headers)].join('\n');
    for (const value of known)
      if (value && text.includes(value)) findings.push({ topic, offset: m.offset, what: value });
    for (const [name, pattern] of Object.entries(PATTERNS)) {
      const match = pattern.exec(text);
      if (match) findings.push({ topic, offset: m.offset, what: `${name}: ${match[0]}` });
    }
  }
  return findings;
}
