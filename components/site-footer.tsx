import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { newsroomTimeZone } from '@/lib/config';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Footer' });
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t('about')}</p>
        <p>{t('timeZone', { zone: newsroomTimeZone })}</p>
      </div>
    </footer>
  );
}
