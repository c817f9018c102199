import { normaliseVin, vinCheckDigit, vinProblem } from './vin';

describe('VIN', () => {
  it.each([
    '1M8GDM9AXKP042788',
    '1HGCM82633A004352',
    '11111111111111111',
    '5GZCZ43D13S812715',
    'JH4KA7561PC008269',
  ])('accepts the real VIN %s', (vin) => {
    expect(vinProblem(vin)).toBeNull();
  });

  it('computes the check digit, including X for remainder 10', () => {
    expect(vinCheckDigit('1M8GDM9AXKP042788')).toBe('X');
    expect(vinCheckDigit('1HGCM82633A004352')).toBe('3');
  });

  it.each(['WP0ZZZ99ZTS392124', 'WVWZZZ1JZXW000001', 'VF1RFB00X56123456'])(
    'accepts the European VIN %s, whose position 9 is no check digit',
    (vin) => {
      expect(vinProblem(vin)).toBeNull();
    },
  );

  it('refuses a wrong check digit where it is mandatory (North America, China)', () => {
    const withDigit = (vin: string, digit: string) => vin.slice(0, 8) + digit + vin.slice(9);
    const chinese = withDigit('LSVAU2180N2183294', vinCheckDigit('LSVAU2180N2183294'));
    expect(vinProblem(chinese)).toBeNull();
    expect(vinProblem(withDigit(chinese, chinese[8] === '7' ? '8' : '7'))).toBe('check-digit');
    expect(vinProblem('1M8GDM9A1KP042788')).toBe('check-digit');
    expect(vinProblem('1HGCM82643A004352')).toBe('check-digit');
  });

  it('refuses wrong length and forbidden letters I, O, Q', () => {
    expect(vinProblem('1M8GDM9AXKP04278')).toBe('length');
    expect(vinProblem('1M8GDM9AXKP0427888')).toBe('length');
    expect(vinProblem('1M8GDM9AXKP04278O')).toBe('characters');
    expect(vinProblem('IM8GDM9AXKP042788')).toBe('characters');
    expect(vinProblem('1m8gdm9axkp042788')).toBe('characters');
  });

  it('normalises case, spaces and dashes', () => {
    expect(normaliseVin(' 1m8gdm9axk-p042788 ')).toBe('1M8GDM9AXKP042788');
  });
});
