/** Reader URLs, built in one place so links, canonical URLs and hreflang alternates always agree. */
import type { Locale } from '@/i18n/locales';
import type { AgencyPageSlug } from './agency-pages';

const older = (base: string, cursor?: string | null) => (cursor ? `${base}/older/${cursor}` : base);

export const paths = {
  home: (locale: Locale) => `/${locale}`,
  /** One of the agency's pages (lib/agency-pages.ts): /ru/about, /en/privacy… */
  agencyPage: (locale: Locale, slug: AgencyPageSlug) => `/${locale}/${slug}`,
  story: (locale: Locale, slug: string) => `/${locale}/news/${slug}`,
  photo: (locale: Locale, slug: string, position: number) => `/${locale}/news/${slug}/photo/${position}`,
  /**
   * Reader listings are keyset-paginated: the first page has the plain URL, older pages a cursor in the path
   * (lib/cursor.ts), so every page is a cacheable URL without a query string.
   */
  category: (locale: Locale, slug: string, cursor?: string | null) => older(`/${locale}/category/${slug}`, cursor),
  tag: (locale: Locale, slug: string, cursor?: string | null) => older(`/${locale}/tag/${slug}`, cursor),
  author: (locale: Locale, slug: string, cursor?: string | null) => older(`/${locale}/author/${slug}`, cursor),
  bureau: (locale: Locale, slug: string, cursor?: string | null) => older(`/${locale}/bureau/${slug}`, cursor),
  /** The archive: the list of months, or one month's stories (month 1-12). */
  archive: (locale: Locale, year?: number, month?: number, page = 1) =>
    year === undefined || month === undefined
      ? `/${locale}/archive`
      : `/${locale}/archive/${year}/${String(month).padStart(2, '0')}${page > 1 ? `?page=${page}` : ''}`,
  news: (locale: Locale, cursor?: string | null) => older(`/${locale}/news`, cursor),
  exhibitions: (locale: Locale, cursor?: string | null) => older(`/${locale}/photo`, cursor),
  search: (locale: Locale, query: Record<string, string> = {}) => {
    const qs = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== '')).toString();
    return `/${locale}/search${qs ? `?${qs}` : ''}`;
  },
};

/**
 * Parses a 1-based page or photo number from a URL. Anything but a plain positive integer (e.g. "2abc", "0",
 * "-1", "1e3", a repeated parameter) is null, so the page answers 404 instead of guessing.
 */
export function parsePositiveInt(value: string | string[] | undefined, fallback: number | null = null): number | null {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !/^[1-9][0-9]{0,5}$/.test(value)) return null;
  return Number(value);
}
