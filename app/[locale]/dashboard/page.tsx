import type { Metadata } from 'next';
import { Pagination } from '@/components/pagination';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { listDashboardStories, listStoryFilterOptions, storyFiltersSchema } from '@/db/queries/dashboard';
import { capabilities } from '@/db/queries/roles';
import { currentStaff } from '@/db/queries/staff';
import { articleStatuses } from '@/db/schema';
import { localeNames, locales, type Locale } from '@/i18n/locales';
import { readSignedIn } from './newsroom-action';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Dashboard' });
  return { title: t('stories') };
}

/** Keeps only single, non-empty query values: repeated or empty parameters mean "no filter". */
function queryValues(query: Record<string, string | string[] | undefined>) {
  return Object.fromEntries(Object.entries(query).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
}

/**
 * The newsroom's story list: filters by status, section, missing language and author, title search, pages; "New
 * story" for those who may create one. On a phone each row is a card (app/globals.css, "table-cards").
 */
export default async function DashboardStories({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const parsed = storyFiltersSchema.safeParse(queryValues(query));
  const filters = parsed.success ? parsed.data : storyFiltersSchema.parse({});
  const [t, tEditor, format, stories, options, staff] = await Promise.all([
    getTranslations({ locale, namespace: 'Dashboard' }),
    getTranslations({ locale, namespace: 'Editor' }),
    getFormatter({ locale }),
    readSignedIn(locale, `/${locale}/dashboard`, () => listDashboardStories(filters, locale)),
    readSignedIn(locale, `/${locale}/dashboard`, () => listStoryFilterOptions(locale)),
    currentStaff(),
  ]);
  const mayCreate = staff ? capabilities(staff).createStories : false;
  const pageHref = (page: number) => {
    const params = new URLSearchParams(queryValues(query));
    params.delete('deleted');
    params.set('page', String(page));
    return `?${params.toString()}`;
  };
  return (
    <main id="content" className="container dashboard">
      <div className="dashboard__title">
        <h1>{t('stories')}</h1>
        {mayCreate ? (
          <a className="button" href={`/${locale}/dashboard/stories/new`}>
            {tEditor('newStory')}
          </a>
        ) : null}
      </div>
      {query.deleted === '1' ? (
        <p role="status" className="notice">
          {t('deleted')}
        </p>
      ) : null}
      {!parsed.success ? (
        <p className="form__error" role="alert">
          {t('badFilters')}
        </p>
      ) : null}
      <form method="get" className="filters" aria-label={t('filters.label')}>
        <label>
          {t('filters.q')}
          <input type="search" name="q" defaultValue={filters.q ?? ''} maxLength={200} />
        </label>
        <label>
          {t('filters.status')}
          <select name="status" defaultValue={filters.status ?? ''}>
            <option value="">{t('filters.any')}</option>
            {articleStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`statuses.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filters.category')}
          <select name="category" defaultValue={filters.category ?? ''}>
            <option value="">{t('filters.any')}</option>
            {options.categories.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filters.missing')}
          <select name="missing" defaultValue={filters.missing ?? ''}>
            <option value="">{t('filters.any')}</option>
            {locales.map((l) => (
              <option key={l} value={l}>
                {localeNames[l]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filters.owner')}
          <select name="owner" defaultValue={filters.owner ?? ''}>
            <option value="">{t('filters.any')}</option>
            {options.owners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button">
          {t('filters.apply')}
        </button>
      </form>
      <p role="status">{t('count', { count: stories.total })}</p>
      {stories.items.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="stories-table table-cards">
            <thead>
              <tr>
                <th scope="col">{t('table.title')}</th>
                <th scope="col">{t('table.languages')}</th>
                <th scope="col">{t('table.category')}</th>
                <th scope="col">{t('table.owner')}</th>
                <th scope="col">{t('table.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {stories.items.map((story) => {
                const title = story.variants[locale]?.title ?? story.variants.ru?.title ?? Object.values(story.variants)[0]?.title ?? `#${story.id}`;
                return (
                  <tr key={story.id}>
                    <td className="table-cards__title">
                      <a href={`/${locale}/dashboard/stories/${story.id}`}>{title}</a>
                    </td>
                    <td data-label={t('table.languages')}>
                      <ul className="variant-states">
                        {locales.map((l) => (
                          <li key={l}>
                            <abbr title={localeNames[l]}>{l.toUpperCase()}</abbr>:{' '}
                            {story.variants[l] ? t(`statuses.${story.variants[l].status}`) : t('table.missing')}
                            {story.variants[l]?.pending ? <span className="status-badge status-badge--pending">{tEditor('pending.badge')}</span> : null}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td data-label={t('table.category')}>{story.category}</td>
                    <td data-label={t('table.owner')}>{story.owner ?? '—'}</td>
                    <td data-label={t('table.updated')}>
                      <time dateTime={story.updatedAt}>{format.dateTime(new Date(story.updatedAt), { dateStyle: 'medium' })}</time>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pagination locale={locale} page={stories.page} pageCount={stories.pageCount} hrefFor={pageHref} />
    </main>
  );
}
