import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getFormatter, getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { RichText } from '@/components/rich-text';
import { getPageForEditing, getPageRevision, listPageRevisions } from '@/db/queries/pages';
import { isLocale, type Locale } from '@/i18n/locales';
import { isAgencyPageSlug } from '@/lib/agency-pages';
import { languageName } from '@/lib/language-name';
import { parsePositiveInt, paths } from '@/lib/paths';
import { parseRichText } from '@/lib/rich-text';
import { readOrRefuse } from '../../../newsroom-action';
import { PageEditor } from './page-editor';
import { RestorePageForm } from './restore-page-form';

type Props = {
  params: Promise<{ locale: Locale; slug: string; lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, lang } = await params;
  if (!isAgencyPageSlug(slug) || !isLocale(lang)) return {};
  const [t, tNames] = await Promise.all([getTranslations({ locale, namespace: 'PagesAdmin' }), getTranslations({ locale, namespace: 'AgencyPages.names' })]);
  return { title: t('editTitle', { page: tNames(slug), language: languageName(lang, locale) }) };
}

/**
 * One agency page in one language, for admins (every read here refuses everyone else): the editor, and its
 * revisions, each to view (?rev=<id>) and restore.
 */
export default async function EditPagePage({ params, searchParams }: Props) {
  const [{ locale, slug, lang }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  if (!isAgencyPageSlug(slug) || !isLocale(lang)) notFound();
  const selectedId = parsePositiveInt(typeof query.rev === 'string' ? query.rev : undefined);
  const [t, tDashboard, tNames, format] = await Promise.all([
    getTranslations({ locale, namespace: 'PagesAdmin' }),
    getTranslations({ locale, namespace: 'Dashboard' }),
    getTranslations({ locale, namespace: 'AgencyPages.names' }),
    getFormatter({ locale }),
  ]);
  const title = t('editTitle', { page: tNames(slug), language: languageName(lang, locale) });
  const read = await readOrRefuse(locale, `/${locale}/dashboard/pages/${slug}/${lang}`, () =>
    Promise.all([getPageForEditing(slug, lang), listPageRevisions(slug, lang), selectedId ? getPageRevision(slug, lang, selectedId) : Promise.resolve(null)]),
  );
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
  const [page, revisions, selected] = read.data;
  if (!page) notFound();
  const messages = await getMessages({ locale });
  return (
    <main id="content" className="container dashboard">
      <p>
        <Link href={`/${locale}/dashboard/pages`}>← {t('back')}</Link>
      </p>
      <div className="dashboard__title">
        <h1>{title}</h1>
        {page.revision > 0 ? (
          <a className="button button--quiet" href={paths.agencyPage(lang, slug)} target="_blank" rel="noopener">
            {t('open')}
          </a>
        ) : null}
      </div>
      <p className="form__note">{page.revision > 0 ? t('liveNote') : t('missingNote')}</p>
      {query.restored === '1' ? (
        <p role="status" className="notice">
          {t('restored')}
        </p>
      ) : null}
      <NextIntlClientProvider messages={{ Newsroom: messages.Newsroom, Editor: messages.Editor, PagesAdmin: messages.PagesAdmin }}>
        {/* A restore or a colleague's save changes the revision: the editor starts again from the text saved now. */}
        <PageEditor key={page.revision} page={page} />
        <section aria-labelledby="page-revisions" className="page-revisions">
          <h2 id="page-revisions">{t('revisions')}</h2>
          {selected ? (
            <article className="page-revisions__view" aria-labelledby="page-revision-viewing" lang={lang}>
              <h3 id="page-revision-viewing">{t('viewing', { revision: selected.revision })}</h3>
              <p>
                <strong>{selected.title}</strong>
              </p>
              <RichText doc={parseRichText(selected.body)} images={{}} locale={lang} />
            </article>
          ) : null}
          {revisions.length === 0 ? (
            <p>{t('emptyRevisions')}</p>
          ) : (
            <div className="table-scroll">
              <table className="stories-table table-cards">
                <thead>
                  <tr>
                    <th scope="col">{t('revision')}</th>
                    <th scope="col">{t('kind')}</th>
                    <th scope="col">{t('who')}</th>
                    <th scope="col">{t('when')}</th>
                    <th scope="col">{t('titleField')}</th>
                    <th scope="col">{t('actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {revisions.map((r) => {
                    const current = r.revision === page.revision && r.kind !== 'conflict';
                    return (
                      <tr key={r.id} aria-current={r.id === selected?.id ? 'true' : undefined} data-revision={r.revision}>
                        <td data-label={t('revision')}>
                          {r.revision}
                          {current ? ` (${t('current')})` : ''}
                        </td>
                        <td data-label={t('kind')}>{t(`kinds.${r.kind}`)}</td>
                        <td data-label={t('who')}>{r.savedBy ?? '—'}</td>
                        <td data-label={t('when')}>
                          <time dateTime={r.savedAt}>{format.dateTime(new Date(r.savedAt), { dateStyle: 'medium', timeStyle: 'medium' })}</time>
                        </td>
                        <td data-label={t('titleField')} lang={lang}>
                          {r.title}
                        </td>
                        <td data-label={t('actions')} className="table-cards__stack">
                          <a href={`?rev=${r.id}#page-revisions`}>{t('show', { revision: r.revision })}</a>
                          {current ? null : <RestorePageForm locale={locale} slug={slug} lang={lang} id={r.id} revision={r.revision} />}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </section>
      </NextIntlClientProvider>
    </main>
  );
}
