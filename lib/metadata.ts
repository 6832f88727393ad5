/**
 * Canonical URLs, hreflang alternates and OpenGraph tags for reader pages. Alternates list only the languages
 * a page really exists in (for stories: the published variants, from the database) plus x-default.
 */
import type { Metadata } from 'next';
import { defaultLocale, ogLocales, type Locale } from '@/i18n/locales';
import { siteUrl } from './config';

type Image = { src: string; width: number; height: number; alt: string };

export function pageMetadata(input: {
  locale: Locale;
  title: string;
  description: string;
  /** Path of this page in each language it exists in (this page's language included). */
  languages: Partial<Record<Locale, string>>;
  /** Where a reader without a language preference should go; defaults to the site root. */
  xDefault?: string;
  image?: Image | null;
  type?: 'website' | 'article';
  publishedTime?: string;
  modifiedTime?: string | null;
  siteName: string;
  absoluteTitle?: boolean;
}): Metadata {
  const canonical = input.languages[input.locale];
  const languages: Record<string, string> = {};
  for (const [locale, path] of Object.entries(input.languages)) languages[locale] = `${siteUrl}${path}`;
  languages['x-default'] = `${siteUrl}${input.xDefault ?? input.languages[defaultLocale] ?? '/'}`;
  const image = input.image
    ? [{ url: `${siteUrl}${input.image.src}`, width: input.image.width, height: input.image.height, alt: input.image.alt }]
    : undefined;
  return {
    title: input.absoluteTitle ? { absolute: input.title } : input.title,
    description: input.description,
    alternates: { canonical: canonical ? `${siteUrl}${canonical}` : undefined, languages },
    openGraph: {
      type: input.type ?? 'website',
      title: input.title,
      description: input.description,
      url: canonical ? `${siteUrl}${canonical}` : undefined,
      siteName: input.siteName,
      locale: ogLocales[input.locale],
      images: image,
      ...(input.type === 'article'
        ? { publishedTime: input.publishedTime, modifiedTime: input.modifiedTime ?? undefined }
        : {}),
    },
    twitter: { card: image ? 'summary_large_image' : 'summary', title: input.title, description: input.description },
  };
}
