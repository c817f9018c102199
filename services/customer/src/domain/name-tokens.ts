// The words of a customer's name as the blind index holds them: Unicode-normalised, lower case,
// without diacritics ("Müller" and "muller" match), split on anything that is not a letter or
// digit. A name written without spaces (e.g. Chinese) is one token.

export function nameTokens(name: string): string[] {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  return [...new Set(words)].slice(0, 20);
}
