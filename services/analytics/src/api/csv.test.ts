import { cell, toCsv } from './csv';

it('quotes cells with commas, quotes and line breaks; empty for null', () => {
  expect(
    toCsv(
      ['a', 'b'],
      [
        ['x,y', 'say "hi"'],
        [null, 1.5],
        ['line\nbreak', true],
      ],
    ),
  ).toBe('a,b\r\n"x,y","say ""hi"""\r\n,1.5\r\n"line\nbreak",true\r\n');
});

describe('formula injection (OWASP CSV injection)', () => {
  it.each(['=', '+', '-', '@', '\t', '\r'])(
    'neutralises a string starting with %j: quote prefix, quoted',
    (c) => {
      expect(cell(`${c}1+1`)).toBe(`"'${c}1+1"`);
    },
  );

  it('neutralises a formula with embedded quotes, commas and line breaks, escaping the quotes', () => {
    expect(cell('=HYPERLINK("http://x.test/?a,b","click")')).toBe(
      `"'=HYPERLINK(""http://x.test/?a,b"",""click"")"`,
    );
    expect(cell('@SUM(A1)\nnext')).toBe(`"'@SUM(A1)\nnext"`);
    expect(cell("=cmd|' /C calc'!A0")).toBe(`"'=cmd|' /C calc'!A0"`);
  });

  it('writes numbers typed as numbers unchanged, negative ones included; a string "-12.5" is neutralised', () => {
    expect(cell(-12.5)).toBe('-12.5');
    expect(cell(0)).toBe('0');
    expect(cell(1e21)).toBe('1e+21');
    expect(cell(Number.NaN)).toBe('');
    expect(cell(Number.POSITIVE_INFINITY)).toBe('');
    expect(cell('-12.5')).toBe(`"'-12.5"`);
  });

  it('leaves harmless strings alone: formula characters later in the cell, ids, dates, booleans, null', () => {
    expect(cell('tech-muenchen-4')).toBe('tech-muenchen-4');
    expect(cell('a=b+c@d')).toBe('a=b+c@d');
    expect(cell('2026-07-01')).toBe('2026-07-01');
    expect(cell(false)).toBe('false');
    expect(cell(null)).toBe('');
    expect(cell(undefined)).toBe('');
    expect(cell('')).toBe('');
  });

  it('neutralises header and row cells of a whole export', () => {
    expect(
      toCsv(
        ['id', 'value'],
        [
          ['=1+2', -3],
          ['-x', '+y'],
        ],
      ),
    ).toBe(`id,value\r\n"'=1+2",-3\r\n"'-x","'+y"\r\n`);
  });
});
