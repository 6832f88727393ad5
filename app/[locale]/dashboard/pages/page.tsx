import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { listPagesForEditing } from '@/db/queries/pages';
import type { Locale } from '@/i18n/locales';
import { languageName } from '@/lib/language-name';
import { readOrRefuse } from '../newsroom-action';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'PagesAdmin' }))('title') };
}

/**
 * The agency's pages (admins only: listPagesForEditing refuses everyone else): every page in every language,
 * written or not, when it last changed and by whom, each a link to its editor.
 */
export default async function PagesAdminPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, tDashboard, tNames, format] = await Promise.all([
    getTranslations({ locale, namespace: 'PagesAdmin' }),
    getTranslations({ locale, namespace: 'Dashboard' }),
    getTranslations({ locale, namespace: 'AgencyPages.names' }),
    getFormatter({ locale }),
  ]);
  const read = await readOrRefuse(locale, `/${locale}/dashboard/pages`, () => listPagesForEditing());
  if (read.refused) {
    return (
      <main id="content" className="container dashboard">
        <h1>{t('title')}</h1>
        <p className="form__error" role="alert">
          {tDashboard('forbidden')}
        </p>
      </main>
    );
  }
  return (
    <main id="content" className="container dashboard">
      <h1>{t('title')}</h1>
      <p className="form__note">{t('intro')}</p>
      <div className="table-scroll">
        <table className="stories-table table-cards pages-table">
          <thead>
            <tr>
              <th scope="col">{t('page')}</th>
              <th scope="col">{t('language')}</th>
              <th scope="col">{t('titleField')}</th>
              <th scope="col">{t('state')}</th>
              <th scope="col">{t('updated')}</th>
            </tr>
          </thead>
          <tbody>
            {read.data.map((p) => {
              const language = languageName(p.locale, locale);
              return (
                <tr key={`${p.slug}:${p.locale}`} data-page={`${p.slug}:${p.locale}`}>
                  <td className="table-cards__title">
                    <Link href={`/${locale}/dashboard/pages/${p.slug}/${p.locale}`} aria-label={t('editLabel', { page: tNames(p.slug), language })}>
                      {tNames(p.slug)}
                    </Link>
                  </td>
                  <td data-label={t('language')}>{language}</td>
                  <td data-label={t('titleField')} lang={p.locale}>
                    {p.title ?? '—'}
                  </td>
                  <td data-label={t('state')}>
                    <span className={`status-badge status-badge--${p.title === null ? 'none' : 'published'}`}>{p.title === null ? t('missing') : t('written', { revision: p.revision })}</span>
                  </td>
                  <td data-label={t('updated')}>
                    {p.updatedAt ? <time dateTime={p.updatedAt}>{format.dateTime(new Date(p.updatedAt), { dateStyle: 'medium', timeStyle: 'short' })}</time> : '—'}
                    {p.updatedBy ? ` · ${p.updatedBy}` : ''}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </main>
  );
}
