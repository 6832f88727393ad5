import type { Locale } from '@/i18n/locales';

/**
 * Where a line must not break in a story's text: unbreakableRuns() splits a string into parts, some marked
 * `nowrap`, which the renderer wraps in <span className="nowrap"> (CSS: white-space: nowrap). The characters are
 * never changed: no non-breaking spaces or non-breaking hyphens are substituted, so the page's text, a reader's
 * copy of it and the tests that read it stay exactly what the newsroom wrote.
 *
 * A line can only break at a break opportunity: chiefly a space, and after a hyphen or a dash. A group keeps the
 * break opportunities inside it closed; a space belongs to the group when it is one of the spaces to keep.
 * "Space" below is a horizontal space: U+0020, no-break U+00A0, thin U+2009 or narrow no-break U+202F (never a
 * line feed: a hard break stays a break).
 *
 * Every language:
 * - A number written with spaces between its thousands: "10 000", "1 250 000".
 * - A number and its unit or sign after it: "15 km", "20 %", "5 °C", "5 $", "5 AZN". A number here may have
 *   thousands ("10 000 km"), a decimal part ("2,5", "1.5"), a time ("10:00 a.m."), a range written without
 *   spaces ("5–7 km") or a hyphenated ending ("1990-х гг."). Two units in a row stay together too ("5 млн руб.",
 *   "5 mln AZN"). Only the language's list of units and abbreviations counts: "70 издательств" may break.
 * - A sign and the number after it: "№ 5", "§ 3", "$ 5", "€ 10", "AZN 5".
 * - A number with a hyphenated ending: "36-й", "5-го", "1990-х", "5-летний", "36-cı", "5-year". The ending is
 *   letters only, 12 at most; a hyphen between words ("кое-что", "Baku-Tbilisi") is no number and is left alone.
 * - A dash stays on the line of the word before it: "Баку —" in "Баку — столица", "10:00 —" in
 *   "10:00 — 12:00", "Baku—" in "Baku—the capital". The dashes: the em dash and the horizontal bar always; the en
 *   dash and a hyphen only between spaces (" – ", " - ", the typist's dash; "1990–2000" and "кое-что" are no
 *   dashes). Closing punctuation between the word and the dash belongs to the group ("Баку», —").
 * - A dash that opens a paragraph or a line (a line of dialogue, "— Да, — сказал он") stays with the word after it.
 *
 * Russian (ru), besides:
 * - A one-letter preposition or conjunction stays with the next word: а, в, и, к, о, с, у, capitalised or not
 *   ("в Баку", "и Гянджа", "С 1 мая"). Only a letter standing alone: not one after a dot, a hyphen or an
 *   apostrophe ("т.к."), and not one followed by a dot ("т. е."). The next word may open with a quote or a
 *   bracket ("в «Баку»"); a line feed after the letter is a hard break and is left alone.
 * - Units: %, °C, km-style (км, м, см, кг, т, л, га, км/ч, кВт…), counts (тыс., млн, млрд, трлн), money (руб.,
 *   долл., ман., ₽, ₼, $, €, £, AZN, USD, EUR, RUB), time (ч, мин, сек.), the year and the century: "2026 г.",
 *   "1990–1995 гг.", "XX в.", "XXI век", "XX-го века" (Roman numerals, Latin letters or the Cyrillic Х).
 * - Roman numerals with a hyphenated ending: "XX-го", "XXI-й" (an ending of one to three Cyrillic letters).
 * - Abbreviations before a number: "ст. 5", "п. 3", "ч. 2", "гл. 4", "рис. 1", "табл. 2", "стр. 5", "с. 12", "т. 2".
 *
 * Azerbaijani (az), besides:
 * - Ordinals and case endings after a hyphen, by the rule above: "36-cı", "5-ci", "1-ci", "20-ci", "3-cü", "6-cı",
 *   "2025-də".
 * - Units: %, km, m, sm, mm, kq, q, t, l, ml, ha, km/saat, kVt, min ("thousand"), mln, mlrd, trln, ₼, AZN, USD,
 *   EUR, the year and the century with their endings: "2026-cı il", "2026-cı ildə", "1990-cı illərdə",
 *   "XXI əsr", "XX əsrin".
 * - No one-letter prepositions in Azerbaijani: none are bound.
 *
 * English (en), besides:
 * - Units: %, °C, °F, km, m, cm, kg, lb, mi, ft, mph, km/h, kW, kWh, GB, bn, mn, million, billion, trillion,
 *   a.m., p.m., BC, AD, £, $, €, ₼, AZN, USD, GBP, EUR.
 * - Abbreviations before a number: "No. 5", "Nos. 5", "p. 12", "pp. 12", "vol. 3", "ch. 4", "art. 5", "fig. 2".
 *   "£5" has no space and needs no group.
 * - No words are bound to the next (English typography does not ask it of "a" or "I").
 *
 * Short groups. A group binds only what must stay together: the number and its unit, the preposition and the
 * next word, the word and its dash. The word beside a preposition or a dash is taken whole when it has at most
 * 12 characters; a longer word gives only its first (after a preposition) or last (before a dash) 4 characters,
 * which is enough to close the space, leaves the rest of the word to hyphenation (hyphens: auto on phones) and
 * keeps a headline's group narrower than a phone's line. Groups that overlap or touch are merged ("и в Баку —",
 * "в 2026 г."), but a merged group stops growing at 24 characters: the line may then break at the next space
 * (a chain of short words, "а и в с к о у …", goes on in a new group after it), so a run never becomes one long
 * unbreakable line. A number binds 20 digits at most.
 *
 * Adding a language: give it a `rules` entry below. Until it has one, its text gets the rules every language
 * shares (numbers, signs and units common to all, dashes), none of the language's own words.
 */

export type TypographyLocale = Locale;
export type Run = { text: string; nowrap: boolean };

/** A horizontal space (never a line feed). */
const SP = '[ \\u00A0\\u2009\\u202F]';
const SPACES = `${SP}{1,3}`;
/** A word as far as line breaking is concerned: letters, digits, marks, joined by hyphens, apostrophes, "." "," ":" "/". */
const WORD = "[\\p{L}\\p{N}\\p{M}]+(?:[\\-\\u2010\\u2011'\\u2019.,:/][\\p{L}\\p{N}\\p{M}]+)*";
const OPENING = '[«„"“‘(\\[‹\']*';
const CLOSING = '[»”"’)\\]›\'.,;:!?…]*';
const HYPHEN = '[\\-\\u2010\\u2011]';
/**
 * A plain number: thousands separated by spaces ("10 000", five groups at most) or digits (20 at most: no huge
 * groups), then decimals or a time ("2,5", "10:00").
 */
const NUM_CORE = `(?:\\d{1,3}(?:${SP}\\d{3}){1,4}(?!\\d)|\\d{1,20}(?!\\d))(?:[.,:]\\d{1,20}(?!\\d)){0,3}`;
/** A number as units follow it: a range without spaces ("5–7") and a hyphenated ending ("1990-х") allowed. */
const NUM = `(?<!\\p{N})${NUM_CORE}(?:[–‒\\-]${NUM_CORE})?(?:${HYPHEN}\\p{L}{1,12}(?![\\p{L}\\p{M}]))?`;
const ROMAN = '(?<![\\p{L}\\p{N}\\p{M}])[IVXLCDMХ]+(?![\\p{L}\\p{N}\\p{M}])';

/** The longest a word beside a preposition or a dash is bound whole; a longer one gives PARTIAL characters. */
const WORD_WHOLE = 12;
const PARTIAL = 4;
/** Merged groups stop growing here (a single group, such as a long number, may be longer). */
const MERGED_MAX = 24;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A unit written literally: one that ends in a letter or digit must not run on into a longer word ("м" of "мост"). */
const lit = (unit: string) => escape(unit) + (/[\p{L}\p{N}²³]$/u.test(unit) ? '(?![\\p{L}\\p{N}\\p{M}])' : '');
/** Literal alternatives, longest first, so that "км/ч" wins over "км" and "г." over "г". */
const alternatives = (units: readonly string[]) => [...units].sort((a, b) => b.length - a.length).map(lit).join('|');

const CENTURY_RU = 'век[а-яё]*(?![\\p{L}\\p{M}])';
const CENTURY_AZ = 'əsr[a-zəğıöşüç]*(?![\\p{L}\\p{M}])';

const MONEY = ['₽', '₼', '$', '€', '£', '¥', 'AZN', 'USD', 'EUR', 'RUB', 'GBP'];
const COMMON_UNITS = ['%', '‰', '°C', '°F', '°', ...MONEY];

type Rules = {
  /** Units and signs after a number (literals). */
  units: readonly string[];
  /** Further units as regular expressions (words with endings). */
  unitPatterns?: readonly string[];
  /** What may follow a Roman numeral (the century), as regular expressions. */
  romanUnits?: readonly string[];
  /** Abbreviations before a number (literals; bound only as words of their own). */
  prefixes: readonly string[];
  /** One-letter words that stay with the next word. */
  clitics?: string;
  /** The letters of an ending after a Roman numeral and a hyphen ("XX-го"); none: no such endings. */
  romanEnding?: string;
};

const rules: Partial<Record<TypographyLocale, Rules>> = {
  ru: {
    units: [
      ...COMMON_UNITS,
      'км', 'м', 'см', 'мм', 'кг', 'г', 'мг', 'т', 'ц', 'л', 'мл', 'га', 'км²', 'м²', 'м³', 'см³', 'км/ч', 'м/с',
      'Вт', 'кВт', 'МВт', 'ГВт', 'кВт·ч', 'МВт·ч', 'В', 'кВ', 'Гц', 'кГц', 'МГц', 'ГГц', 'Мбит/с', 'Гбит/с', 'КБ', 'МБ',
      'ГБ', 'ТБ', 'тыс.', 'тыс', 'млн', 'млрд', 'трлн', 'руб.', 'руб', 'р.', 'коп.', 'долл.', 'ман.', 'ч', 'ч.', 'мин',
      'мин.', 'сек.', 'с', 'сут.', 'мес.', 'чел.', 'шт.', 'экз.', 'стр.', 'с.', 'г.', 'гг.', 'в.', 'вв.',
    ],
    unitPatterns: [CENTURY_RU],
    romanUnits: [alternatives(['в.', 'вв.']), CENTURY_RU],
    prefixes: ['№', '§', ...MONEY, 'ст.', 'п.', 'пп.', 'ч.', 'гл.', 'рис.', 'табл.', 'стр.', 'с.', 'т.'],
    clitics: 'авиксоуАВИКСОУ',
    romanEnding: '[а-яё]{1,3}',
  },
  az: {
    units: [
      ...COMMON_UNITS,
      'km', 'm', 'sm', 'mm', 'kq', 'q', 'mq', 't', 'l', 'ml', 'ha', 'km²', 'm²', 'm³', 'km/saat', 'm/s', 'kVt', 'MVt',
      'kVt·saat', 'min', 'mln', 'mlrd', 'trln', 'dəq.', 'san.',
    ],
    unitPatterns: ['il[a-zəğıöşüç]*(?![\\p{L}\\p{M}])', CENTURY_AZ],
    romanUnits: [CENTURY_AZ],
    prefixes: ['№', '§', ...MONEY],
    romanEnding: '[a-zəğıöşüç]{1,4}',
  },
  en: {
    units: [
      ...COMMON_UNITS,
      'km', 'm', 'cm', 'mm', 'kg', 'g', 'mg', 't', 'l', 'ml', 'ha', 'km²', 'm²', 'sq km', 'km/h', 'm/s', 'mph', 'mi',
      'ft', 'lb', 'lbs', 'oz', 'W', 'kW', 'MW', 'GW', 'kWh', 'MWh', 'GWh', 'V', 'kV', 'Hz', 'MHz', 'GHz', 'KB', 'MB',
      'GB', 'TB', 'Mbps', 'Gbps', 'bn', 'mn', 'tn', 'million', 'billion', 'trillion', 'a.m.', 'p.m.', 'am', 'pm', 'BC',
      'AD', 'BCE', 'CE',
    ],
    prefixes: ['№', '§', ...MONEY, 'No.', 'no.', 'Nos.', 'p.', 'pp.', 'vol.', 'Vol.', 'ch.', 'Ch.', 'art.', 'Art.', 'fig.', 'Fig.', 'para.'],
  },
};

/** A language without rules of its own. */
const shared: Rules = { units: COMMON_UNITS, prefixes: ['№', '§', ...MONEY] };

type Compiled = { patterns: RegExp[]; clitic: RegExp | null };
const compiled = new Map<TypographyLocale, Compiled>();

function compile(locale: TypographyLocale): Compiled {
  const cached = compiled.get(locale);
  if (cached) return cached;
  const r = rules[locale] ?? shared;
  const unit = [alternatives(r.units), ...(r.unitPatterns ?? [])].join('|');
  // Symbols may touch what is before them ("(№ 5"); abbreviations must be words of their own ("ст. 5", not "Уст. 5").
  const symbols = r.prefixes.filter((p) => !/^\p{L}/u.test(p));
  const words = r.prefixes.filter((p) => /^\p{L}/u.test(p));
  const prefix = [symbols.length ? alternatives(symbols) : null, words.length ? `(?<![\\p{L}\\p{N}\\p{M}])(?:${alternatives(words)})` : null]
    .filter(Boolean)
    .join('|');
  const romanUnit = (r.romanUnits ?? []).join('|');
  const sources = [
    // A number and one or two units after it.
    `${NUM}${SPACES}(?:${unit})(?:${SPACES}(?:${unit}))?`,
    // A sign or abbreviation and the number after it.
    `(?:${prefix})${SPACES}${NUM}`,
    // Thousands.
    `(?<!\\p{N})\\d{1,3}(?:${SP}\\d{3}){1,4}(?!\\d)`,
    // A number with a hyphenated ending.
    `(?<!\\p{N})\\d{1,20}(?:[.,]\\d{1,20})?${HYPHEN}\\p{L}{1,12}(?![\\p{L}\\p{M}])`,
  ];
  // A Roman numeral with an ending ("XX-го"), and before the century ("XX в.", "XX-го века", "XXI əsr").
  if (r.romanEnding) sources.push(`${ROMAN}${HYPHEN}${r.romanEnding}(?![\\p{L}\\p{M}])`);
  if (romanUnit) sources.push(`${ROMAN}(?:${HYPHEN}\\p{L}{1,4}(?![\\p{L}\\p{M}]))?${SPACES}(?:${romanUnit})`);
  const result: Compiled = {
    patterns: sources.map((s) => new RegExp(s, 'gu')),
    clitic: r.clitics ? new RegExp(`(?<![\\p{L}\\p{N}\\p{M}\\-\\u2010\\u2011'\\u2019.])[${r.clitics}]${SPACES}(?=${OPENING}[\\p{L}\\p{N}])`, 'gu') : null,
  };
  compiled.set(locale, result);
  return result;
}

/** The em dash and the horizontal bar, spaced or not; the en dash and the hyphen only between spaces. */
// (?<!space): a match starts where a run of spaces starts, not again at each of its spaces.
const DASH = new RegExp(`(?<!${SP})(?:${SP}*[—―]|${SP}+[–\\-](?=${SP}|$))`, 'gu');
/** A dash that opens the text or a line, and the spaces after it. */
const LEADING_DASH = new RegExp(`(?:^|(?<=\\n))${SP}*[—―–\\-]${SPACES}(?=${OPENING}[\\p{L}\\p{N}])`, 'gu');
const WORD_BEFORE = new RegExp(`(${WORD})(${CLOSING})$`, 'u');
const WORD_AFTER = new RegExp(`${OPENING}(${WORD})`, 'uy');

type Range = [start: number, end: number];

/** The length in UTF-16 units of the first n code points of s. */
function headLength(s: string, n: number): number {
  let length = 0;
  let count = 0;
  for (const ch of s) {
    if (count++ === n) break;
    length += ch.length;
  }
  return length;
}

const codePoints = (s: string) => Array.from(s).length;

/** The end of the word starting at `from` (after opening punctuation), shortened if the word is long. */
function wordEnd(text: string, from: number): number | null {
  WORD_AFTER.lastIndex = from;
  const m = WORD_AFTER.exec(text);
  if (!m) return null;
  const word = m[1] ?? '';
  const openLength = m[0].length - word.length;
  return from + openLength + (codePoints(word) <= WORD_WHOLE ? word.length : headLength(word, PARTIAL));
}

/** The start of the word ending before `to` (with its closing punctuation), shortened if the word is long. */
function wordStart(text: string, to: number): number | null {
  // 64 characters back are enough to tell whether the word has more than WORD_WHOLE characters.
  const from = Math.max(0, to - 64);
  const m = WORD_BEFORE.exec(text.slice(from, to));
  if (!m) return null;
  const word = m[1] ?? '';
  const closing = m[2] ?? '';
  if (codePoints(word) <= WORD_WHOLE) return to - closing.length - word.length;
  const tail = Array.from(word).slice(-PARTIAL).join('');
  return to - closing.length - tail.length;
}

function findRanges(text: string, locale: TypographyLocale): Range[] {
  const ranges: Range[] = [];
  const { patterns, clitic } = compile(locale);
  for (const re of patterns) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) ranges.push([m.index, m.index + m[0].length]);
  }
  if (clitic) {
    for (const m of text.matchAll(clitic)) {
      const end = wordEnd(text, m.index + m[0].length);
      if (end !== null) ranges.push([m.index, end]);
    }
  }
  for (const m of text.matchAll(DASH)) {
    const start = wordStart(text, m.index);
    if (start !== null) ranges.push([start, m.index + m[0].length]);
  }
  for (const m of text.matchAll(LEADING_DASH)) {
    const end = wordEnd(text, m.index + m[0].length);
    if (end !== null) ranges.push([m.index, end]);
  }
  return ranges;
}

const HORIZONTAL_SPACE = /[ \u00A0\u2009\u202F]/u;

/** The part of [from, to) after its first run of spaces, or null if it has no space or nothing after it. */
function restAfterSpace(text: string, from: number, to: number): Range | null {
  let at = from;
  while (at < to && !HORIZONTAL_SPACE.test(text[at] ?? '')) at++;
  if (at >= to) return null;
  while (at < to && HORIZONTAL_SPACE.test(text[at] ?? '')) at++;
  return at < to ? [at, to] : null;
}

/** Overlapping and touching ranges merged, up to MERGED_MAX characters a group. */
function merge(text: string, ranges: Range[]): Range[] {
  const sorted = ranges.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const groups: Range[] = [];
  let current: Range | null = null;
  /** The end of the last group pushed: later groups start there at the earliest. */
  let floor = 0;
  const close = () => {
    if (current) {
      groups.push(current);
      floor = current[1];
    }
    current = null;
  };
  for (const [s, e] of sorted) {
    if (current && s <= current[1]) {
      if (e <= current[1]) continue;
      if (e - current[0] <= MERGED_MAX) {
        current[1] = e;
        continue;
      }
    } else close();
    if (current || s < floor) {
      // Too long to merge (or overlapping a group closed for that reason): the line may break at the first space
      // after the group, and what is left of this range beyond that space starts a group of its own (or nothing).
      close();
      current = e > floor ? restAfterSpace(text, floor, e) : null;
    } else current = [s, e];
  }
  close();
  return groups;
}

function toRuns(text: string, groups: Range[]): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (const [s, e] of groups) {
    if (s > at) runs.push({ text: text.slice(at, s), nowrap: false });
    runs.push({ text: text.slice(s, e), nowrap: true });
    at = e;
  }
  if (at < text.length) runs.push({ text: text.slice(at), nowrap: false });
  return runs;
}

/**
 * The text in parts, in order, whose concatenation is exactly `text`; `nowrap` parts must not break inside (see
 * the rules above). An empty text gives no parts.
 */
export function unbreakableRuns(text: string, locale: TypographyLocale): Run[] {
  if (!text) return [];
  return toRuns(text, merge(text, findRanges(text, locale)));
}

/**
 * The same for a text that is stored in pieces (a paragraph's text nodes, each with its own marks): the rules
 * see the pieces joined, so "в " in plain text and "Баку" in bold are still bound, and each piece gets its own
 * parts (a group that spans two pieces gives a nowrap part in each). A hard line break is passed as "\n".
 */
export function unbreakableRunsOfPieces(pieces: readonly string[], locale: TypographyLocale): Run[][] {
  const text = pieces.join('');
  const groups = merge(text, findRanges(text, locale));
  const result: Run[][] = [];
  let offset = 0;
  for (const piece of pieces) {
    const end = offset + piece.length;
    const inside = groups
      .filter(([s, e]) => s < end && e > offset)
      .map(([s, e]): Range => [Math.max(s, offset) - offset, Math.min(e, end) - offset]);
    result.push(piece ? toRuns(piece, inside) : []);
    offset = end;
  }
  return result;
}
