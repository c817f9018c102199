import { toCsv } from './csv';

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
