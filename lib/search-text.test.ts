import { describe, expect, it } from 'vitest';
import { fold, queryTerms, snippet, termPrefixes, tsQueryOf } from './search-text';

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
    expect(tsQueryOf(['seher', '20'], 'ru')).toBe('seher:* & 20:*');
    expect(tsQueryOf(['посольство', 'embassy'], 'en')).toBe('посольство:* & embassy:*');
  });

  it('give each Azerbaijani word its alternatives, joined by |', () => {
    expect(tsQueryOf(['sefirlik', '20'], 'az')).toBe('(sefirlik:* | sefirliy:*) & (20:*)');
    expect(tsQueryOf(queryTerms('Səfirliyində anmağa fotosərgi'), 'az')).toBe('(sefirliy:* | sefirlik:*) & (anmaq:* | anmag:*) & (fotoserg:*)');
    expect(termPrefixes('sefirlik', 'ru')).toEqual(['sefirlik']);
  });

  it('build an expression of letters and digits only, whatever was typed', () => {
    const hostile = ["'; DROP TABLE x; --", 'a & | ! ( ) :* <-> \\ %', 'səfirliyində & !(bayrağı)', 'etmək|getmək', '🙂 \u0000', 'x'.repeat(500), 'Ağzı: oğlu?'];
    for (const q of hostile) {
      for (const locale of ['az', 'ru', 'en'] as const) {
        const expression = tsQueryOf(queryTerms(q), locale);
        const operands = expression.split(/ & | \| |[()]/).filter(Boolean);
        expect(operands.every((o) => /^[\p{L}\p{N}]+:\*$/u.test(o)), `${locale}: ${expression}`).toBe(true);
      }
    }
  });
});

describe('snippet', () => {
  it('marks words that start like the query, in the original letters', () => {
    const parts = snippet('Bakıda şəhər günü qeyd olundu. Şəhərin küçələri bəzədilib.', ['seher']);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['şəhər', 'Şəhərin']);
    expect(parts.map((p) => p.text).join('')).toBe('Bakıda şəhər günü qeyd olundu. Şəhərin küçələri bəzədilib.');
  });

  it('marks the Azerbaijani forms the search matched', () => {
    const text = 'Azərbaycanın Qazaxıstandakı səfirliyində tədbir keçirilib. Səfirliyin binasında fotosərgi təşkil edilib, səfirlik əməkdaşları anmağa gəliblər.';
    const marked = (locale?: 'az') => snippet(text, queryTerms('səfirlik fotosərgisi anmaq'), locale).filter((p) => p.match).map((p) => p.text);
    expect(marked('az')).toEqual(['səfirliyində', 'Səfirliyin', 'fotosərgi', 'səfirlik', 'anmağa']);
    expect(snippet(text, queryTerms('keçirmək'), 'az').filter((p) => p.match).map((p) => p.text)).toEqual(['keçirilib']);
    expect(snippet(text, ['seher'], 'az').map((p) => p.text).join('')).toBe(text);
  });

  it('follows a stem and cuts a long text around the first match', () => {
    const long = `${'Начало текста. '.repeat(40)}Сотрудники посольства пришли. ${'Конец. '.repeat(40)}`;
    const parts = snippet(long, ['посольство']);
    expect(parts[0]!.text).toBe('… ');
    expect(parts.find((p) => p.match)?.text).toBe('посольства');
    expect(parts.map((p) => p.text).join('').length).toBeLessThan(240);
  });
});
