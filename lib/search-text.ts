/**
 * The reader's side of search: turning whatever was typed into a safe query, and marking the matches in a
 * snippet. `fold` is the same mapping as the database's bureau_fold() (migration 0005): Azerbaijani ə ş ç ğ ı
 * İ ö ü and Russian ё to their plain letters, then lower case, one character for one, so positions in a folded
 * text are positions in the original.
 */
import type { Locale } from '@/i18n/locales';
import { azerbaijaniPrefixes } from './azerbaijani-stem';

const FROM = 'ƏəŞşÇçĞğIıİÖöÜüЁё';
const TO = 'EeSsCcGgIiIOoUuЕе';
const MAP = new Map([...FROM].map((c, i) => [c, TO[i]!]));

const SPECIAL = new RegExp(`[${FROM}]`, 'g');

/**
 * Fast path: map the special letters, lower-case the whole string natively. Only when that changes the length (a
 * letter that lower-cases into two code units) is the text folded letter by letter. Search results fold a few
 * kilobytes per hit, and the letter-by-letter loop was most of a search page's time.
 */
export function fold(text: string): string {
  const lowered = text.replace(SPECIAL, (char) => MAP.get(char)!).toLowerCase();
  return lowered.length === text.length ? lowered : foldLetterByLetter(text);
}

function foldLetterByLetter(text: string): string {
  let out = '';
  for (const char of text) {
    const mapped = MAP.get(char) ?? char;
    const lower = mapped.toLowerCase();
    // Keep one character for one (a few letters lower-case into two code points).
    out += [...lower].length === 1 ? lower : mapped;
  }
  return out;
}

export const MAX_QUERY_TERMS = 8;
const MAX_TERM_LENGTH = 40;

/** The words of a query: letters and digits only (quotes, operators, emoji and SQL are not words), folded. */
export function queryTerms(input: string): string[] {
  const words = fold(input.slice(0, 1000)).match(/[\p{L}\p{N}]+/gu) ?? [];
  const unique = [...new Set(words.map((w) => w.slice(0, MAX_TERM_LENGTH)))];
  return unique.slice(0, MAX_QUERY_TERMS);
}

/**
 * The prefixes one query word may match in `locale`: for Azerbaijani, which PostgreSQL does not stem, the word's
 * stem and the stem's other shapes (lib/azerbaijani-stem.ts: "sefirlik" → sefirlik, sefirliy); elsewhere the
 * word itself, which the language's stemmer reduces in the database.
 */
export function termPrefixes(term: string, locale: Locale): string[] {
  return locale === 'az' ? azerbaijaniPrefixes(term) : [term];
}

/**
 * A to_tsquery() expression: every word must match, each as a prefix (so results come while typing and
 * Azerbaijani endings do not hide a word: "seher" finds "şəhərdə"). An Azerbaijani word is any of its prefixes
 * ("(sefirlik:* | sefirliy:*)"), so the dictionary form finds the inflected ones and the other way round. Built
 * only from letters and digits, so it cannot be a syntax error whatever was typed.
 */
export function tsQueryOf(terms: string[], locale: Locale): string {
  if (locale !== 'az') return terms.map((t) => `${t}:*`).join(' & ');
  return terms.map((t) => `(${termPrefixes(t, locale).map((p) => `${p}:*`).join(' | ')})`).join(' & ');
}

export type SnippetPart = { text: string; match: boolean };

/**
 * A short passage of `text` around the first match, with every word that starts like a query word marked.
 * Stemmed languages match more than the exact word; the highlight uses a shortened prefix to follow them. For
 * Azerbaijani it marks exactly what the search matched: words starting with one of the terms' prefixes.
 */
export function snippet(text: string, terms: string[], locale?: Locale, length = 220): SnippetPart[] {
  const folded = fold(text);
  const prefixes =
    locale === 'az'
      ? terms.flatMap((t) => termPrefixes(t, locale))
      : terms.map((t) => (t.length > 5 ? t.slice(0, Math.max(4, t.length - 2)) : t));
  const ranges: [number, number][] = [];
  const word = /[\p{L}\p{N}]+/gu;
  for (const m of folded.matchAll(word)) {
    // Nothing past the first match plus the snippet's length can be shown.
    if (ranges.length > 0 && m.index! > ranges[0]![0] + length) break;
    if (prefixes.some((p) => m[0].startsWith(p))) ranges.push([m.index!, m.index! + m[0].length]);
  }
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(length / 3));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > start ? space : end;
  }
  const parts: SnippetPart[] = [];
  if (start > 0) parts.push({ text: '… ', match: false });
  let at = start;
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue;
    const a = Math.max(from, start);
    const b = Math.min(to, end);
    if (a > at) parts.push({ text: text.slice(at, a), match: false });
    parts.push({ text: text.slice(a, b), match: true });
    at = b;
  }
  if (at < end) parts.push({ text: text.slice(at, end), match: false });
  if (end < text.length) parts.push({ text: ' …', match: false });
  return parts;
}
