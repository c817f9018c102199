// Every template is written in every locale, each locale uses exactly the declared placeholders,
// every message the events ask for can be filled from the variables the events provide, and a
// tenant's wording is checked against the template's placeholders.
import { LOCALES } from '../domain/locale';
import { placeholdersOf, render, wordingProblems } from '../domain/template';
import { TEMPLATE_KEYS, isRequestedTemplate, templates } from './index';

describe('templates', () => {
  it.each(TEMPLATE_KEYS)('%s has every locale with exactly its placeholders', (key) => {
    const t = templates[key];
    expect(Object.keys(t.texts).sort()).toEqual([...LOCALES].sort());
    for (const locale of LOCALES) {
      const used = [...placeholdersOf(t.texts[locale].subject), ...placeholdersOf(t.texts[locale].body)];
      expect({ locale, used: [...new Set(used)].sort() }).toEqual({
        locale,
        used: [...t.placeholders].sort(),
      });
      expect(t.texts[locale].subject.trim()).not.toBe('');
      expect(t.texts[locale].body.trim()).not.toBe('');
    }
  });

  it('refuses to render with a variable missing', () => {
    expect(() => render(templates['vehicle-ready'].texts.en, {}, 'en', 'UTC')).toThrow(/orderNumber/);
  });

  it('formats instants in the zone and money in the locale', () => {
    const out = render(
      templates['quote-issued'].texts.de,
      {
        orderNumber: 'RO-1',
        total: { amountMinor: 123456, currency: 'EUR' },
        validUntil: { instant: '2026-03-29T01:30:00.000Z' },
      },
      'de',
      'Europe/Berlin',
    );
    // 01:30 UTC on the DST night is 03:30 summer time in Berlin.
    expect(out.body).toBe(
      'Der Kostenvoranschlag zum Werkstattauftrag RO-1 beträgt 1.234,56\u00a0€. Bitte geben Sie ihn bis 29.03.2026, 03:30 frei oder lehnen Sie ihn ab.',
    );
  });

  it('a sign-in code names the code, its validity and what to do if it was not asked for', () => {
    const link = 'https://dealer.example/my/?challenge=c1&code=482913';
    const vars = { code: '482913', validMinutes: '10', link };
    const out = Object.fromEntries(
      LOCALES.map((l) => [l, render(templates['sign-in-code'].texts[l], vars, l, 'UTC').body]),
    );
    expect(out).toEqual({
      en: `Your sign-in code is 482913. It is valid for 10 minutes.\n\nOr sign in with this link:\n${link}\n\nIf you did not ask for it, please ignore this message.`,
      de: `Ihr Anmeldecode lautet 482913. Er ist 10 Minuten gültig.\n\nOder melden Sie sich mit diesem Link an:\n${link}\n\nWenn Sie ihn nicht angefordert haben, ignorieren Sie bitte diese Nachricht.`,
      'zh-Hans': `您的登录验证码是 482913，10 分钟内有效。\n\n也可以点击此链接直接登录：\n${link}\n\n如果您没有请求此验证码，请忽略此消息。`,
      'zh-Hant': `您的登入驗證碼是 482913，10 分鐘內有效。\n\n也可以點擊此連結直接登入：\n${link}\n\n如果您沒有請求此驗證碼，請忽略此訊息。`,
    });
    // Lock screens show subjects: the code is never in one.
    for (const l of LOCALES) {
      expect(templates['sign-in-code'].texts[l].subject).not.toContain('{{code}}');
      expect(templates['sign-in-code'].texts[l].subject).not.toContain('{{link}}');
    }
  });

  it('only the sign-in code is a requested message', () => {
    expect(TEMPLATE_KEYS.filter(isRequestedTemplate)).toEqual(['sign-in-code']);
    expect(isRequestedTemplate('no-such-template')).toBe(false);
  });

  it.each(TEMPLATE_KEYS)('%s: the built-in wording passes the checks a tenant override gets', (key) => {
    for (const locale of LOCALES)
      expect(wordingProblems(templates[key], templates[key].texts[locale])).toEqual([]);
  });

  it("refuses a tenant's wording with unknown, unguarded, missing or misplaced placeholders", () => {
    const due = templates['maintenance-due'];
    expect(
      wordingProblems(due, { subject: 'Wartung {{dueDate}}', body: 'Termin: {{bookingLink}} {{oops' }),
    ).toEqual([
      'subject: unknown placeholder {{dueDate}}',
      'body: a {{ }} that is neither a placeholder nor a closed section',
    ]);
    expect(
      wordingProblems(due, { subject: 'Wartung', body: 'Bei {{dueMileageKm}} km: {{bookingLink}}' }),
    ).toEqual(['body: {{dueMileageKm}} may be absent, use it inside {{#dueMileageKm}}...{{/dueMileageKm}}']);
    expect(wordingProblems(due, { subject: 'Wartung am {{dueOn}}', body: 'Bitte rufen Sie an.' })).toEqual([
      '{{bookingLink}} is required',
    ]);
    expect(
      wordingProblems(templates['sign-in-code'], { subject: 'Code {{code}}', body: 'Ihr Code: {{code}}' }),
    ).toEqual(['subject: {{code}} may only appear in the body']);
  });
});
