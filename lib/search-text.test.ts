import { describe, expect, it } from 'vitest';
import { fold, queryTerms, snippet, tsQueryOf } from './search-text';

describe('fold', () => {
  it('takes Azerbaijani and Russian letters to their plain forms, one character for one', () => {
    expect(fold('Şəhər İçərişəhər ığ ÖÜ Ёлка')).toBe('seher iceriseher ig ou елка');
    const text = 'Səfirliyində 🙂 İlham';
    expect(fold(text).length).toBe(text.length);
  });
});

describe('queryTerms and tsQueryOf', () => {
  it('keep letters and digits only, folded, at most eight words', () => {
    expect(queryTerms('"Şəhər" & !(20 Yanvar) :* <-> --')).toEqual(['seher', '20', 'yanvar']);
    expect(queryTerms("'; DROP TABLE x; --")).toEqual(['drop', 'table', 'x']);
    expect(queryTerms('🙂 \u0000 ')).toEqual([]);
    expect(queryTerms('a b c d e f g h i j k').length).toBe(8);
    expect(tsQueryOf(['seher', '20'])).toBe('seher:* & 20:*');
  });
});

describe('snippet', () => {
  it('marks words that start like the query, in the original letters', () => {
    const parts = snippet('Bakıda şəhər günü qeyd olundu. Şəhərin küçələri bəzədilib.', ['seher']);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['şəhər', 'Şəhərin']);
    expect(parts.map((p) => p.text).join('')).toBe('Bakıda şəhər günü qeyd olundu. Şəhərin küçələri bəzədilib.');
  });

  it('follows a stem and cuts a long text around the first match', () => {
    const long = `${'Начало текста. '.repeat(40)}Сотрудники посольства пришли. ${'Конец. '.repeat(40)}`;
    const parts = snippet(long, ['посольство']);
    expect(parts[0]!.text).toBe('… ');
    expect(parts.find((p) => p.match)?.text).toBe('посольства');
    expect(parts.map((p) => p.text).join('').length).toBeLessThan(240);
  });
});
