import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { paths } from '@/lib/paths';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Reads the page to retry from the query string.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Error' });
  return { title: t('title'), robots: { index: false } };
}

/**
 * What a reader gets, server-rendered, when a page cannot be rendered (typically: the database is unreachable).
 * scripts/server.ts sends this view with status 503 in place of the failed page. It reads nothing from the
 * database, so it renders while the database is down.
 */
export default async function Unavailable({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const [t, tSite] = await Promise.all([
    getTranslations({ locale, namespace: 'Error' }),
    getTranslations({ locale, namespace: 'Site' }),
  ]);
  const retry = typeof query.path === 'string' && query.path.startsWith(`/${locale}`) ? query.path : paths.home(locale);
  return (
    <>
      <header className="site-header">
        <div className="container masthead">
          <Link href={paths.home(locale)} className="logo" aria-label={tSite('homeLink')}>
            Bureau
          </Link>
          <p className="tagline">{tSite('tagline')}</p>
        </div>
      </header>
      <main id="content" className="container not-found">
        <h1>{t('title')}</h1>
        <p>{t('text')}</p>
        <p>
          {/* A plain link: it works without JavaScript. */}
          <a className="button" href={retry}>
            {t('retry')}
          </a>
        </p>
      </main>
    </>
  );
}
