/**
 * URL slugs from headlines in Russian, Azerbaijani and English. slugify already transliterates Azerbaijani
 * letters well (ə→e, ğ→g, ı→i, ö→o, ü→u, ş→s, ç→c); its Russian table is extended to a readable
 * transliteration (щ→shch rather than sh, ъ dropped rather than u, х→kh, ц→ts, й→y).
 */
import slugify from 'slugify';

slugify.extend({
  й: 'y', Й: 'Y',
  х: 'kh', Х: 'Kh',
  ц: 'ts', Ц: 'Ts',
  щ: 'shch', Щ: 'Shch',
  ъ: '', Ъ: '',
  ь: '', Ь: '',
  ё: 'yo', Ё: 'Yo',
  ю: 'yu', Ю: 'Yu',
  я: 'ya', Я: 'Ya',
  ы: 'y', Ы: 'Y',
  э: 'e', Э: 'E',
});

export const SLUG_MAX_LENGTH = 100;
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Words a story's slug may not be, because a route uses them beside /{locale}/news/{slug}:
 * /{locale}/news/older/{cursor} is the news listing's older pages (lib/cursor.ts).
 */
export const RESERVED_SLUGS = new Set(['older']);

/** A readable Latin slug for a headline, cut at a word boundary to at most SLUG_MAX_LENGTH characters. */
export function slugFromTitle(title: string): string {
  const slug = slugify(title, { lower: true, strict: true, trim: true }).replace(/-+/g, '-').replace(/^-|-$/g, '');
  if (RESERVED_SLUGS.has(slug)) return `${slug}-1`;
  if (slug.length <= SLUG_MAX_LENGTH) return slug;
  const cut = slug.slice(0, SLUG_MAX_LENGTH + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 20 ? cut.slice(0, lastDash) : slug.slice(0, SLUG_MAX_LENGTH)).replace(/-$/, '');
}

export function isValidSlug(value: string): boolean {
  return value.length > 0 && value.length <= 200 && SLUG_PATTERN.test(value);
}
