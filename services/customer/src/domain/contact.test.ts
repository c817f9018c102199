import { normaliseEmail, normalisePhone } from './contact';

describe('phone normalisation (E.164)', () => {
  it('turns national and international spellings into one E.164 form', () => {
    expect(normalisePhone('0151 1234 5678', 'DE')).toBe('+4915112345678');
    expect(normalisePhone('+49 (151) 123-45678', 'DE')).toBe('+4915112345678');
    expect(normalisePhone('+44 20 7946 0958', 'DE')).toBe('+442079460958');
    expect(normalisePhone('(202) 456-1111', 'US')).toBe('+12024561111');
  });

  it('refuses what is not a valid number', () => {
    expect(normalisePhone('12', 'DE')).toBeNull();
    expect(normalisePhone('call me', 'DE')).toBeNull();
    expect(normalisePhone('+49 151', 'DE')).toBeNull();
  });
});

describe('e-mail normalisation', () => {
  it('trims and lower-cases', () => {
    expect(normaliseEmail('  Erika.Mustermann@Example.DE ')).toBe('erika.mustermann@example.de');
  });

  it('refuses malformed addresses', () => {
    for (const bad of ['erika', 'erika@', '@example.de', 'a b@example.de', `${'a'.repeat(250)}@x.de`]) {
      expect(normaliseEmail(bad)).toBeNull();
    }
  });
});
