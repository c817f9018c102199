import { DEFAULT_SPEED, parseFlags } from './flags';

describe('npm run dev flags', () => {
  it('defaults to a simulated week at the default speed', () => {
    expect(parseFlags([])).toEqual({ speed: DEFAULT_SPEED, days: 7, seed: 1, sim: true });
  });

  it('reads --speed, --days, --seed and --no-sim, with or without =', () => {
    expect(parseFlags(['--speed', '600', '--days=2', '--seed', '42', '--no-sim'])).toEqual({
      speed: 600,
      days: 2,
      seed: 42,
      sim: false,
    });
  });

  it('rejects unknown options and bad numbers', () => {
    expect(() => parseFlags(['--fast'])).toThrow(/unknown option --fast/);
    expect(() => parseFlags(['--speed', 'x'])).toThrow(/--speed needs a positive number/);
    expect(() => parseFlags(['--days'])).toThrow(/--days needs a positive number/);
    expect(() => parseFlags(['--days', '60'])).toThrow(/at most 28/);
  });
});
