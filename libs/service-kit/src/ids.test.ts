import { safeIdSchema } from './ids';

const ok = (s: string) => safeIdSchema.safeParse(s).success;

it('accepts ids of the demo and common id formats', () => {
  for (const id of [
    'tech-muenchen-4',
    'loc-koeln',
    'region-sued',
    'c-n1',
    'HV-101',
    '0b6f6c1e-6f1a-4c1e-9a53-6f1c7d1f2a10',
    'auth0|64f1c2',
    'user@example.com',
    'urn:dealer:42',
    'a'.repeat(128),
  ])
    expect([id, ok(id)]).toEqual([id, true]);
});

it('refuses formula starts, control characters, spaces, empty and overlong ids', () => {
  for (const id of [
    '=1+1',
    '+49',
    '-2',
    '@SUM(A1)',
    '\tx',
    '\rx',
    'a\nb',
    'a b',
    ' a',
    '',
    'a'.repeat(129),
    'ä1',
    'a"b',
    'a,b',
  ])
    expect([id, ok(id)]).toEqual([id, false]);
});
