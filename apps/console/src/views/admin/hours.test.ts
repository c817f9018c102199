import { formatDay, parseDay, parseWeek, weekTexts } from './hours';

describe('opening hours as typed', () => {
  it('reads intervals, pads hours and treats empty as closed', () => {
    expect(parseDay('8:00-12:00, 13:00 - 18:30')).toEqual([
      { open: '08:00', close: '12:00' },
      { open: '13:00', close: '18:30' },
    ]);
    expect(parseDay('  ')).toEqual([]);
    expect(parseDay('00:00-24:00')).toEqual([{ open: '00:00', close: '24:00' }]);
  });

  it('refuses bad times and intervals that close before they open', () => {
    expect(parseDay('18:00-08:00')).toBeNull();
    expect(parseDay('25:00-26:00')).toBeNull();
    expect(parseDay('morning')).toBeNull();
  });

  it('round-trips a week and names the invalid days', () => {
    const texts = weekTexts({ mon: [{ open: '08:00', close: '17:00' }], sat: [] });
    expect(texts.mon).toBe('08:00-17:00');
    expect(texts.sun).toBe('');
    expect(formatDay(undefined)).toBe('');
    const { week, invalid } = parseWeek({ ...texts, tue: '9-5' });
    expect(invalid).toEqual(['tue']);
    expect(week.mon).toEqual([{ open: '08:00', close: '17:00' }]);
  });
});
