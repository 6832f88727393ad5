import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';

type Props = { locale: Locale; page: number; pageCount: number; hrefFor: (page: number) => string };

export async function Pagination({ locale, page, pageCount, hrefFor }: Props) {
  if (pageCount <= 1) return null;
  const t = await getTranslations({ locale, namespace: 'Pagination' });
  return (
    <nav className="pagination" aria-label={t('label')}>
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev">
          ← {t('previous')}
        </Link>
      ) : (
        <span />
      )}
      <span aria-current="page">{t('page', { page, count: pageCount })}</span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next">
          {t('next')} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
