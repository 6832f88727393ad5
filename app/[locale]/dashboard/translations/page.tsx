import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Pagination } from '@/components/pagination';
import { boardFiltersSchema, listTranslationBoard, translationStates, type TranslationBoard } from '@/db/queries/translations';
import { localeNames, type Locale } from '@/i18n/locales';
import { languageName } from '@/lib/language-name';
import { readOrRefuse } from '../newsroom-action';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'Translations' }))('title') };
}

const single = (query: Record<string, string | string[] | undefined>) =>
  Object.fromEntries(Object.entries(query).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));

/** The translation board: every story × language with its state, filters and counts; cards on a phone ("table-cards"). */
export default async function TranslationBoardPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Translations' });
  const parsed = boardFiltersSchema.safeParse(single(query));
  const filters = parsed.success ? parsed.data : boardFiltersSchema.parse({});
  const read = await readOrRefuse(locale, `/${locale}/dashboard/translations`, () => listTranslationBoard(filters));
  if (read.refused) {
    return (
      <main id="content" className="container dashboard">
        <h1>{t('title')}</h1>
        <p className="form__error" role="alert">{(await getTranslations({ locale, namespace: 'Dashboard' }))('forbidden')}</p>
      </main>
    );
  }
  const board: TranslationBoard = read.data;
  const href = (change: Record<string, string | undefined>) => {
    const next = new URLSearchParams({ ...single(query), ...Object.fromEntries(Object.entries(change).filter((e): e is [string, string] => e[1] !== undefined)) });
    for (const [k, v] of Object.entries(change)) if (v === undefined) next.delete(k);
    if (!('page' in change)) next.delete('page');
    return `?${next.toString()}`;
  };
  return (
    <main id="content" className="container dashboard">
      <h1>{t('title')}</h1>
      {!parsed.success ? <p className="form__error" role="alert">{t('badFilters')}</p> : null}
      <table className="board-counts table-cards">
        <caption>{t('countsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('language')}</th>
            {translationStates.map((st) => (
              <th key={st} scope="col">{t(`states.${st}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {board.languages.map((l) => (
            <tr key={l}>
              <th scope="row" lang={l} className="table-cards__title">{localeNames[l]}</th>
              {translationStates.map((st) => (
                <td key={st} data-label={t(`states.${st}`)}>
                  <a href={href({ lang: l, state: st })} aria-label={t('countLink', { language: localeNames[l], state: t(`states.${st}`), count: board.counts[l][st] })}>
                    {board.counts[l][st]}
                  </a>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <form method="get" className="filters" aria-label={t('filtersLabel')}>
        <label>
          {t('language')}
          <select name="lang" defaultValue={filters.lang ?? ''}>
            <option value="">{t('any')}</option>
            {board.available.map((l) => (
              <option key={l} value={l}>{localeNames[l]}</option>
            ))}
          </select>
        </label>
        <label>
          {t('state')}
          <select name="state" defaultValue={filters.state ?? ''}>
            <option value="">{t('any')}</option>
            {translationStates.map((st) => (
              <option key={st} value={st}>{t(`states.${st}`)}</option>
            ))}
          </select>
        </label>
        <label>
          {t('search')}
          <input type="search" name="q" defaultValue={filters.q ?? ''} maxLength={200} />
        </label>
        <button type="submit" className="button button--quiet">{t('apply')}</button>
      </form>
      <p className="form__note">{t('found', { count: board.total })}</p>
      <table className="board table-cards">
        <thead>
          <tr>
            <th scope="col">{t('story')}</th>
            {board.languages.map((l) => (
              <th key={l} scope="col" lang={l}>{localeNames[l]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {board.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" lang={row.sourceLocale} className="table-cards__title">{row.title}</th>
              {board.languages.map((l) => {
                const cell = row.cells[l];
                return (
                  <td key={l} data-label={languageName(l, locale)}>
                    {cell ? (
                      <a className={`state state--${cell.state}`} href={`/${locale}/dashboard/translations/${row.id}/${l}`} aria-label={t('cellLink', { language: localeNames[l], state: t(`states.${cell.state}`), title: row.title })}>
                        {t(`states.${cell.state}`)}
                      </a>
                    ) : (
                      <span className="form__note">{t('source')}</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination locale={locale} page={board.page} pageCount={board.pageCount} hrefFor={(n) => href({ page: String(n) })} />
    </main>
  );
}
