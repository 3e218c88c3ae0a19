/**
 * "Avery Chen" → "AC", "Inês" → "I", "Ｋａｙ" → "Ｋ": the first character of the first and
 * last words, counted in graphemes so accents and emoji stay whole.
 */
export function initials(fullName: string, locale: string): string {
  const words = fullName.trim().split(/\s+/u).filter(Boolean);
  const segmenter = new Intl.Segmenter(locale, { granularity: 'grapheme' });
  const first = (word: string | undefined) => {
    if (!word) return '';
    const segment = segmenter.segment(word)[Symbol.iterator]().next().value;
    return (segment?.segment ?? '').toLocaleUpperCase(locale);
  };
  return first(words[0]) + (words.length > 1 ? first(words.at(-1)) : '');
}
