import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { listCategoriesForEditing } from '@/db/queries/categories';
import { locales, type Locale } from '@/i18n/locales';
import { languageName } from '@/lib/language-name';
import { readOrRefuse } from '../newsroom-action';
import { DeleteCategoryForm, NewCategoryForm, RenameCategoryForm } from './category-forms';

// Reads the query string (the confirmation after a deletion).
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Categories' });
  return { title: t('title') };
}

/**
 * Categories (sections) for admins and editors (listCategoriesForEditing and every action's DAL call refuse
 * everyone else): each with its names in every language, slug and number of stories; rename and delete per row,
 * and a form for a new one.
 */
export default async function CategoriesPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const [t, tDashboard] = await Promise.all([
    getTranslations({ locale, namespace: 'Categories' }),
    getTranslations({ locale, namespace: 'Dashboard' }),
  ]);
  const read = await readOrRefuse(locale, `/${locale}/dashboard/categories`, () => listCategoriesForEditing());
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
  const categories = read.data;
  const messages = await getMessages({ locale });
  const deleted = typeof query.deleted === 'string' && /^[a-z0-9-]{1,60}$/.test(query.deleted) ? query.deleted : null;
  return (
    <main id="content" className="container dashboard">
      <h1>{t('title')}</h1>
      {deleted ? (
        <p role="status" className="notice">
          {t('deleted', { slug: deleted })}
        </p>
      ) : null}
      {/* Client components get only the strings they use. */}
      <NextIntlClientProvider messages={{ Newsroom: messages.Newsroom, Categories: messages.Categories }}>
        {categories.length === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          <div className="table-scroll">
            <table className="stories-table categories-table table-cards">
              <thead>
                <tr>
                  {locales.map((l) => (
                    <th key={l} scope="col">
                      {t('nameIn', { language: languageName(l, locale) })}
                    </th>
                  ))}
                  <th scope="col">{t('columns.slug')}</th>
                  <th scope="col">{t('columns.stories')}</th>
                  <th scope="col">{t('columns.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {categories.map((category) => {
                  const row = { locale, id: category.id, names: category.names };
                  return (
                    <tr key={category.id}>
                      {locales.map((l) => (
                        <td key={l} data-label={t('nameIn', { language: languageName(l, locale) })}>
                          {/* lang on the name, not the cell: the cell's label (data-label) is in the dashboard's language. */}
                          <span lang={l}>{category.names[l] || '—'}</span>
                        </td>
                      ))}
                      <td data-label={t('columns.slug')}>
                        <code>{category.slug}</code>
                      </td>
                      <td data-label={t('columns.stories')}>{t('storyCount', { count: category.stories })}</td>
                      <td className="categories-table__actions table-cards__stack" data-label={t('columns.actions')}>
                        <RenameCategoryForm {...row} />
                        <DeleteCategoryForm {...row} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        <NewCategoryForm locale={locale} />
      </NextIntlClientProvider>
    </main>
  );
}
