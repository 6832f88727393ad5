import type { MetadataRoute } from 'next';
import { getTranslations } from 'next-intl/server';
import { isLocale, locales } from '@/i18n/locales';
import { paths } from '@/lib/paths';

/**
 * The web manifest of one language (linked from that language's pages, app/[locale]/layout.tsx): a phone that
 * adds the site to its home screen gets the name, description and start page in the reader's language, and the
 * icons scripts/icons.ts draws. Built at `next build` from the message files only.
 */
export const dynamic = 'force-static';

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const t = await getTranslations({ locale, namespace: 'Site' });
  const manifest: MetadataRoute.Manifest & { lang: string; dir: string } = {
    id: paths.home(locale),
    name: t('name'),
    short_name: t('name'),
    description: t('description'),
    lang: locale,
    dir: 'ltr',
    start_url: paths.home(locale),
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#8f1d21',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  return new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/manifest+json; charset=utf-8' } });
}
