import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';

type Props = { locale: Locale; newerHref: string | null; olderHref: string | null };

/** "Newer stories" / "Older stories" links of a keyset-paginated listing (no page numbers: nothing is counted). */
export async function KeysetPagination({ locale, newerHref, olderHref }: Props) {
  if (!newerHref && !olderHref) return null;
  const t = await getTranslations({ locale, namespace: 'Pagination' });
  return (
    <nav className="pagination" aria-label={t('label')}>
      {newerHref ? (
        <Link href={newerHref} rel="prev">
          ← {t('newer')}
        </Link>
      ) : (
        <span />
      )}
      <span />
      {olderHref ? (
        <Link href={olderHref} rel="next">
          {t('older')} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
