import { displayPlate, plateKey, plateProblem } from './plate';
import { nameTokens } from './name-tokens';

describe('plates', () => {
  it('shows the plate trimmed in upper case and searches it without separators', () => {
    expect(displayPlate('  k-ab  1234 ')).toBe('K-AB 1234');
    expect(plateKey('k-ab 1234')).toBe('KAB1234');
    expect(plateKey('KAB-1234')).toBe(plateKey('k ab 1234'));
    expect(plateKey('京A·12345')).toBe('京A12345');
  });

  it('refuses empty, long and odd plates', () => {
    expect(plateProblem(displayPlate('   '))).toMatch(/empty/);
    expect(plateProblem(displayPlate('ABCDEFGHIJ1234567'))).toMatch(/at most 16/);
    expect(plateProblem(displayPlate('K-AB<1234>'))).toMatch(/letters, digits/);
    expect(plateProblem(displayPlate('K-AB 1234'))).toBeNull();
  });
});

describe('name tokens', () => {
  it('splits, lower-cases and drops diacritics', () => {
    expect(nameTokens('Jürgen  Müller-Lüdenscheidt')).toEqual(['jurgen', 'muller', 'ludenscheidt']);
    expect(nameTokens('王小明')).toEqual(['王小明']);
    expect(nameTokens('  ')).toEqual([]);
  });
});
