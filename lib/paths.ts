/** Reader URLs, built in one place so links, canonical URLs and hreflang alternates always agree. */
import type { Locale } from '@/i18n/locales';

export const paths = {
  home: (locale: Locale) => `/${locale}`,
  story: (locale: Locale, slug: string) => `/${locale}/news/${slug}`,
  photo: (locale: Locale, slug: string, position: number) => `/${locale}/news/${slug}/photo/${position}`,
  category: (locale: Locale, slug: string, page = 1) => `/${locale}/category/${slug}${page > 1 ? `?page=${page}` : ''}`,
  tag: (locale: Locale, slug: string, page = 1) => `/${locale}/tag/${slug}${page > 1 ? `?page=${page}` : ''}`,
  author: (locale: Locale, slug: string, page = 1) => `/${locale}/author/${slug}${page > 1 ? `?page=${page}` : ''}`,
  bureau: (locale: Locale, slug: string, page = 1) => `/${locale}/bureau/${slug}${page > 1 ? `?page=${page}` : ''}`,
  /** The archive: the list of months, or one month's stories (month 1-12). */
  archive: (locale: Locale, year?: number, month?: number, page = 1) =>
    year === undefined || month === undefined
      ? `/${locale}/archive`
      : `/${locale}/archive/${year}/${String(month).padStart(2, '0')}${page > 1 ? `?page=${page}` : ''}`,
  news: (locale: Locale, page = 1) => `/${locale}/news${page > 1 ? `?page=${page}` : ''}`,
  exhibitions: (locale: Locale, page = 1) => `/${locale}/photo${page > 1 ? `?page=${page}` : ''}`,
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
