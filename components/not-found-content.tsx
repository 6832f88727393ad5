import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { paths } from '@/lib/paths';

export async function NotFoundContent({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return (
    <div className="not-found">
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <p>
        <Link href={paths.home(locale)}>{t('home')}</Link>
      </p>
    </div>
  );
}
