/** Reader URLs, built in one place so links, canonical URLs and hreflang alternates always agree. */
import type { Locale } from '@/i18n/locales';

export const paths = {
  home: (locale: Locale) => `/${locale}`,
  story: (locale: Locale, slug: string) => `/${locale}/news/${slug}`,
  photo: (locale: Locale, slug: string, position: number) => `/${locale}/news/${slug}/photo/${position}`,
  category: (locale: Locale, slug: string, page = 1) => `/${locale}/category/${slug}${page > 1 ? `?page=${page}` : ''}`,
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
