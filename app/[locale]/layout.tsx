import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { notoSansCyrillic, notoSansLatin, notoSansLatinExt } from '@/app/fonts';
import { SiteFooter } from '@/components/site-footer';
import { routing } from '@/i18n/routing';
import { siteUrl } from '@/lib/config';
import { rssAlternateTypes } from '@/lib/feed-xml';
import { themeScript } from '@/lib/theme';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

// No page is rendered at build time (the database is not opened during `next build`): each renders on its first
// request and is then served from the cache until a publish revalidates its tags.
export function generateStaticParams() {
  return [];
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#8f1d21',
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Site' });
  return {
    metadataBase: new URL(siteUrl),
    title: { template: `%s — ${t('name')}`, default: t('name') },
    description: t('description'),
    // The language's RSS feed. Next.js does not merge `alternates`: a page that sets its own must repeat this.
    alternates: { types: rssAlternateTypes(locale, t('name')) },
    // The icons are app/favicon.ico, app/icon.png and app/apple-icon.png (Next.js links them itself).
    manifest: `/${locale}/manifest.webmanifest`,
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Site' });
  const messages = await getMessages({ locale });
  return (
    // The inline script sets data-theme on <html> before React hydrates: suppressHydrationWarning covers that
    // one attribute (it applies to this element only, not its children).
    // The font classes define --font-sans (globals.css) and bring in the three subsets' @font-face rules.
    <html
      lang={locale}
      className={`${notoSansLatin.variable} ${notoSansCyrillic.variable} ${notoSansLatinExt.variable}`}
      suppressHydrationWarning
    >
      <head>
        {/* The reader's stored theme, applied before the first paint (lib/theme.ts). */}
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body>
        <a className="skip-link" href="#content">
          {t('skipToContent')}
        </a>
        {/* Client components get only the strings they use. */}
        <NextIntlClientProvider messages={{ Photo: messages.Photo, NotFound: messages.NotFound, Error: messages.Error, Theme: messages.Theme }}>
          {children}
          <SiteFooter locale={locale} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
