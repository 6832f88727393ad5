import { describe, expect, it } from 'vitest';
import { type TypographyLocale, unbreakableRuns, unbreakableRunsOfPieces } from './typography';

/** The nowrap groups of a text, after checking that the parts are the text exactly and well formed. */
function groups(text: string, locale: TypographyLocale): string[] {
  const runs = unbreakableRuns(text, locale);
  expect(runs.map((r) => r.text).join('')).toBe(text);
  for (const [i, run] of runs.entries()) {
    expect(run.text).not.toBe('');
    // Two plain parts in a row would be one part split for nothing.
    if (i > 0 && !run.nowrap) expect(runs[i - 1]?.nowrap).toBe(true);
  }
  return runs.filter((r) => r.nowrap).map((r) => r.text);
}

const NBSP = '\u00A0';
const THIN = '\u2009';

describe('unbreakableRuns: Russian', () => {
  it.each<[string, string[]]>([
    // Ordinals and other hyphenated endings after a number.
    ['Открылась 36-я ярмарка', ['36-я']],
    ['Сегодня 36-й день', ['36-й']],
    ['Приём до 5-го числа', ['5-го']],
    ['Архив 1990-х годов', ['1990-х']],
    ['Юбилей: 5-летний', ['5-летний']],
    ['Серия 1-ого выпуска и 2-му', ['1-ого', 'и 2-му']],
    // Roman numerals, Latin letters or the Cyrillic Х.
    ['Дом начала XX-го века', ['XX-го века']],
    ['Дом начала ХХ-го века', ['ХХ-го века']],
    ['Во второй половине XIX в. город рос', ['XIX в.']],
    ['Наступил XXI век', ['XXI век']],
    // A number and its unit or sign.
    ['Расстояние 15 км от центра', ['15 км']],
    ['Рост на 20 %', ['20 %']],
    ['Бюджет 5 млн манатов', ['5 млн']],
    ['Выручка 2,5 млрд долл. США', ['2,5 млрд долл.']],
    ['Тираж 10 000 экземпляров', ['10 000']],
    [`Тираж 10${NBSP}000, 25${THIN}000`, [`10${NBSP}000`, `25${THIN}000`]],
    ['Около 1 250 000 человек', ['1 250 000']],
    ['Сегодня 5 °C, ветер', ['5 °C']],
    ['Скорость 90 км/ч', ['90 км/ч']],
    ['Мощность 5 МВт', ['5 МВт']],
    ['Цена 300 ₼ или 40 руб.', ['300 ₼', '40 руб.']],
    ['Это было 12.05.2026 г. утром', ['12.05.2026 г.']],
    // A sign or an abbreviation before a number.
    ['Школа № 5', ['№ 5']],
    ['Цена $ 5', ['$ 5']],
    ['По ст. 12 закона', ['ст. 12']],
    ['См. рис. 3 и табл. 2', ['рис. 3', 'и табл. 2']],
    // A one-letter preposition or conjunction with the next word.
    ['Открылась ярмарка в Баку', ['в Баку']],
    ['Иван и Мария', ['и Мария']],
    ['Чай с лимоном', ['с лимоном']],
    ['Путь к морю', ['к морю']],
    ['Книга о войне', ['о войне']],
    ['У моря', ['У моря']],
    ['Мы пришли, а он ушёл', ['а он']],
    ['Вернулся в «Баку»', ['в «Баку']],
    ['В 70 издательствах', ['В 70']],
    // Both: groups that overlap become one.
    ['В 2026 г. открылся', ['В 2026 г.']],
    ['В 1990–1995 гг. и 5–7 км', ['В 1990–1995 гг.', 'и 5–7 км']],
    ['Жили и в Гяндже', ['и в Гяндже']],
    // A dash stays with the word before it; a dash that opens a line, with the word after it.
    ['Баку — столица Азербайджана', ['Баку —']],
    ['Баку – столица', ['Баку –']],
    ['Баку - столица', ['Баку -']],
    [`Баку${NBSP}— столица`, [`Баку${NBSP}—`]],
    ['Он сказал: «Нет» — и ушёл', ['Нет» —', 'и ушёл']],
    ['с 10:00 — 12:00', ['с 10:00 —']],
    ['— Да, — сказал он.', ['— Да, —']],
    ['Строка\n— Нет', ['— Нет']],
  ])('%s', (text, expected) => {
    expect(groups(text, 'ru')).toEqual(expected);
  });

  it('leaves alone what needs no group', () => {
    // A hyphen between words is no number.
    expect(groups('Было кое-что интересное', 'ru')).toEqual([]);
    expect(groups('Трасса Баку-Тбилиси', 'ru')).toEqual([]);
    // A number and an ordinary word may part: only units count.
    expect(groups('Участвовали 70 издательств', 'ru')).toEqual([]);
    expect(groups('Мост 5 мостов', 'ru')).toEqual([]);
    // A range between numbers is no dash; "1990-2000" has no break opportunity in the first place.
    expect(groups('Годы 1990–2000, 1990-2000', 'ru')).toEqual([]);
    // A hard break is no space: the preposition before it stays where it is.
    expect(groups('в\nБаку', 'ru')).toEqual([]);
    // A letter inside a word or an abbreviation is no preposition.
    expect(groups('Кафе «Вкус»', 'ru')).toEqual([]);
    expect(groups('т.к. поздно', 'ru')).toEqual([]);
    // A unit must be the whole word: "м" of "мостов" is not metres.
    expect(groups('Через 5 мостов', 'ru')).toEqual([]);
  });

  it('binds only part of a long word, so that the rest can still be hyphenated', () => {
    expect(groups('и сельскохозяйственного', 'ru')).toEqual(['и сель']);
    expect(groups('сельскохозяйственного — много', 'ru')).toEqual(['ного —']);
    // Twelve characters are still bound whole.
    expect(groups('в Азербайджан', 'ru')).toEqual(['в Азербайджан']);
  });
});

describe('unbreakableRuns: Azerbaijani', () => {
  it.each<[string, string[]]>([
    ['36-cı sərgi açıldı', ['36-cı']],
    ['5-ci sinif', ['5-ci']],
    ['1-ci yer', ['1-ci']],
    ['20-ci əsr', ['20-ci əsr']],
    ['3-cü gün', ['3-cü']],
    ['6-cı mərtəbə', ['6-cı']],
    ['2026-cı il', ['2026-cı il']],
    ['2026-cı ildə keçiriləcək', ['2026-cı ildə']],
    ['1990-cı illərdə', ['1990-cı illərdə']],
    ['2025-də başladı', ['2025-də']],
    ['XXI əsrdə', ['XXI əsrdə']],
    ['Məsafə 15 km', ['15 km']],
    ['Artım 20 %', ['20 %']],
    ['Büdcə 5 mln manat', ['5 mln']],
    ['Büdcə 5 min manat', ['5 min']],
    ['Qiymət 10 000 ₼', ['10 000 ₼']],
    ['№ 5 məktəb', ['№ 5']],
    ['Bakı — Azərbaycanın paytaxtı', ['Bakı —']],
  ])('%s', (text, expected) => {
    expect(groups(text, 'az')).toEqual(expected);
  });

  it('binds no short words and no hyphenated names', () => {
    expect(groups('Bakı-Tbilisi yolu', 'az')).toEqual([]);
    expect(groups('o gün və Bakı', 'az')).toEqual([]);
    // Russian prepositions are not Azerbaijani ones.
    expect(groups('в Баку', 'az')).toEqual([]);
  });
});

describe('unbreakableRuns: English', () => {
  it.each<[string, string[]]>([
    ['5 km away', ['5 km']],
    ['up 20 %', ['20 %']],
    ['No. 5 Downing Street', ['No. 5']],
    ['£5 million', ['5 million']],
    ['a $ 5 fee', ['$ 5']],
    ['cost £ 5 bn', ['£ 5 bn']],
    ['5 °C today', ['5 °C']],
    ['10 a.m. — noon', ['10 a.m. —']],
    ['Baku — the capital', ['Baku —']],
    ['Baku—the capital', ['Baku—']],
    ['see pp. 12–15', ['pp. 12–15']],
    ['at 5 km/h', ['5 km/h']],
    ['10 000 people', ['10 000']],
    ['a 5-year-old', ['5-year']],
  ])('%s', (text, expected) => {
    expect(groups(text, 'en')).toEqual(expected);
  });

  it('binds no short words, no hyphenated names, no Roman numerals with endings', () => {
    expect(groups('a cat and I', 'en')).toEqual([]);
    expect(groups('Baku-Tbilisi', 'en')).toEqual([]);
    expect(groups('COVID-19 cases in the 1990s', 'en')).toEqual([]);
    expect(groups('a MIX-up', 'en')).toEqual([]);
    expect(groups('in 70 countries', 'en')).toEqual([]);
  });
});

describe('unbreakableRuns: long and odd input', () => {
  it('gives no parts for an empty text and one plain part for a text without groups', () => {
    expect(unbreakableRuns('', 'ru')).toEqual([]);
    expect(unbreakableRuns('Просто текст', 'ru')).toEqual([{ text: 'Просто текст', nowrap: false }]);
  });

  it('stops a chain of short words at 24 characters, leaving a space to break at', () => {
    const text = 'а и в с к о у а и в с к о у а и в с к о у';
    const found = groups(text, 'ru');
    expect(found.length).toBeGreaterThan(1);
    for (const g of found) expect(g.length).toBeLessThanOrEqual(24);
    // Every group but the last is followed by a plain part holding a space: a line can break there.
    const runs = unbreakableRuns(text, 'ru');
    expect(runs.some((r) => !r.nowrap && /\s/.test(r.text))).toBe(true);
  });

  it('keeps groups short in a long text of mixed words', () => {
    const words = ['в', 'Баку', '—', '15', 'км', 'и', '36-й', 'сельскохозяйственного', '10 000', 'а', 'с', '2026', 'г.', 'XX-го', 'века', 'кое-что', '😀', '%', '№'];
    let text = '';
    for (let i = 0; text.length < 20_000; i++) text += words[(i * 7 + (i >> 3)) % words.length] + (i % 11 ? ' ' : '  ');
    for (const locale of ['ru', 'az', 'en'] as const) {
      for (const g of groups(text, locale)) expect(g.length).toBeLessThanOrEqual(24);
    }
  });

  it('binds at most 20 digits of a very long number', () => {
    const text = `${'5'.repeat(1000)} км`;
    expect(groups(text, 'ru')).toEqual([]);
  });

  it('does not throw on emoji, lone surrogates, control characters or long runs of one character', () => {
    const odd = [
      '😀 в 😀 — 😀',
      'в 😀',
      '👩‍👩‍👧 — семья',
      '\uD83D в \uDE00 — x',
      '\u0000\u0007 в \u200B Баку',
      ' '.repeat(10_000) + '—',
      '—'.repeat(10_000),
      '-'.repeat(10_000),
      'а '.repeat(5_000),
      '1 '.repeat(5_000),
      '\n\n— ',
      '—',
      ' ',
      'в',
      'в ',
      '5 ',
      '%',
    ];
    for (const text of odd) {
      for (const locale of ['ru', 'az', 'en'] as const) groups(text, locale);
    }
    expect(groups('👩‍👩‍👧 — семья', 'ru')).toEqual([]);
    expect(groups('Баку 🇦🇿 — столица', 'ru')).toEqual([]);
  });

  it('is quick on a long paragraph', () => {
    const text = 'Открылась 36-я ярмарка в Баку — 15 км от центра, 10 000 гостей и 20 % скидки. '.repeat(1_000);
    const start = performance.now();
    const runs = unbreakableRuns(text, 'ru');
    expect(performance.now() - start).toBeLessThan(2_000);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });
});

describe('unbreakableRunsOfPieces (a paragraph stored in text nodes)', () => {
  it('binds across pieces, giving each piece its own part of the group', () => {
    const pieces = ['Ярмарка в ', 'Баку', ' — ', '15', ' км'];
    const runs = unbreakableRunsOfPieces(pieces, 'ru');
    expect(runs.map((r) => r.map((p) => p.text).join(''))).toEqual(pieces);
    expect(runs).toEqual([
      [
        { text: 'Ярмарка ', nowrap: false },
        { text: 'в ', nowrap: true },
      ],
      [{ text: 'Баку', nowrap: true }],
      [
        { text: ' —', nowrap: true },
        { text: ' ', nowrap: false },
      ],
      [{ text: '15', nowrap: true }],
      [{ text: ' км', nowrap: true }],
    ]);
  });

  it('does not bind across a hard break (passed as a line feed) and gives empty pieces no parts', () => {
    const runs = unbreakableRunsOfPieces(['в', '\n', 'Баку', ''], 'ru');
    expect(runs).toEqual([[{ text: 'в', nowrap: false }], [{ text: '\n', nowrap: false }], [{ text: 'Баку', nowrap: false }], []]);
  });
});
