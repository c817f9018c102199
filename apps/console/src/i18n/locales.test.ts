import { localeFor, pickLocale } from './locales';

describe('choosing the console language', () => {
  it('maps browser tags to the four catalogues, Chinese by script', () => {
    expect(localeFor('de-AT')).toBe('de');
    expect(localeFor('en-GB')).toBe('en');
    expect(localeFor('zh-CN')).toBe('zh-Hans');
    expect(localeFor('zh')).toBe('zh-Hans');
    expect(localeFor('zh-Hans-SG')).toBe('zh-Hans');
    expect(localeFor('zh-TW')).toBe('zh-Hant');
    expect(localeFor('zh-HK')).toBe('zh-Hant');
    expect(localeFor('zh-Hant')).toBe('zh-Hant');
    expect(localeFor('fr-FR')).toBeUndefined();
  });

  it("takes the user's stored choice first, then the first language it speaks, then English", () => {
    expect(pickLocale(['de-DE', 'en'], 'zh-Hant')).toBe('zh-Hant');
    expect(pickLocale(['fr-FR', 'de-CH', 'en'], null)).toBe('de');
    expect(pickLocale(['fr-FR', 'it'], 'klingon')).toBe('en');
    expect(pickLocale([], undefined)).toBe('en');
  });
});
