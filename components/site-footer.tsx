import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { newsroomTimeZone } from '@/lib/config';
import { paths } from '@/lib/paths';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const [t, tArchive] = await Promise.all([
    getTranslations({ locale, namespace: 'Footer' }),
    getTranslations({ locale, namespace: 'Archive' }),
  ]);
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t('about')}</p>
        <p>{t('timeZone', { zone: newsroomTimeZone })}</p>
        <p>
          <Link href={paths.archive(locale)}>{tArchive('title')}</Link>
        </p>
      </div>
    </footer>
  );
}
