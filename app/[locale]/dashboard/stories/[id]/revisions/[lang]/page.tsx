import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getFormatter, getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { getRevision, getStoryForEditing, listRevisions } from '@/db/queries/stories';
import { isLocale, localeNames, type Locale } from '@/i18n/locales';
import { parsePositiveInt } from '@/lib/paths';
import { parseRichText, richTextToPlain } from '@/lib/rich-text';
import { wordDiff } from '@/lib/text-diff';
import { readOrRefuse } from '../../../../newsroom-action';
import { RestoreForm } from './restore-form';

type Props = {
  params: Promise<{ locale: Locale; id: string; lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, lang } = await params;
  const t = await getTranslations({ locale, namespace: 'Revisions' });
  return { title: t('title', { language: isLocale(lang) ? localeNames[lang] : lang }) };
}

function Diff({ before, after }: { before: string; after: string }) {
  return (
    <p className="diff">
      {wordDiff(before, after).map((part, i) =>
        part.change === 'added' ? <ins key={i}>{part.value}</ins> : part.change === 'removed' ? <del key={i}>{part.value}</del> : <span key={i}>{part.value}</span>,
      )}
    </p>
  );
}

/** Every saved version of one language variant: who, when, what; compare any with the current text, restore it. */
export default async function RevisionsPage({ params, searchParams }: Props) {
  const [{ locale, id: rawId, lang }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const id = parsePositiveInt(rawId);
  if (id === null || !isLocale(lang)) notFound();
  const selectedId = parsePositiveInt(typeof query.rev === 'string' ? query.rev : undefined);
  const [t, tEditor, format] = await Promise.all([
    getTranslations({ locale, namespace: 'Revisions' }),
    getTranslations({ locale, namespace: 'Editor' }),
    getFormatter({ locale }),
  ]);
  const read = await readOrRefuse(locale, `/${locale}/dashboard/stories/${id}/revisions/${lang}`, () =>
    Promise.all([getStoryForEditing(id), listRevisions(id, lang), selectedId ? getRevision(id, lang, selectedId) : Promise.resolve(null)]),
  );
  if (read.refused) notFound();
  const [story, revisions, selected] = read.data;
  if (!story) notFound();
  const messages = await getMessages({ locale });
  const current = story.variants[lang];
  const plain = (body: unknown) => richTextToPlain(parseRichText(body));
  const error = typeof query.error === 'string' ? query.error : null;
  return (
    <main id="content" className="container dashboard">
      <p>
        <Link href={`/${locale}/dashboard/stories/${id}`}>← {t('back')}</Link>
      </p>
      <h1>{t('title', { language: localeNames[lang] })}</h1>
      {query.restored ? <p role="status">{query.restored === 'pending' ? t('restoredPending') : t('restored')}</p> : null}
      {error ? (
        <p className="form__error" role="alert">
          {tEditor.has(`errors.${error}` as 'errors.invalid') ? tEditor(`errors.${error}` as 'errors.invalid') : tEditor('errors.invalid')}
        </p>
      ) : null}
      {selected && current ? (
        <section aria-labelledby="compare" className="compare">
          <h2 id="compare">{t('comparing', { revision: selected.revision })}</h2>
          <p className="form__note">{t('legend')}</p>
          <Diff before={selected.title} after={current.title} />
          <Diff before={selected.lead} after={current.lead} />
          <Diff before={plain(selected.body)} after={plain(current.body)} />
          {story.can.edit.includes(lang) ? (
            <NextIntlClientProvider messages={{ Newsroom: messages.Newsroom, Revisions: messages.Revisions, Editor: messages.Editor }}>
              <RestoreForm locale={locale} id={id} lang={lang} revision={selected.id} overPending={current.pending !== null} published={current.status === 'published'} />
            </NextIntlClientProvider>
          ) : null}
        </section>
      ) : null}
      {revisions.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="stories-table">
            <thead>
              <tr>
                <th scope="col">{t('revision')}</th>
                <th scope="col">{t('kind')}</th>
                <th scope="col">{t('who')}</th>
                <th scope="col">{t('when')}</th>
                <th scope="col">{tEditor('title')}</th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((r) => (
                <tr key={r.id} aria-current={r.id === selected?.id ? 'true' : undefined}>
                  <td>{r.revision}</td>
                  <td>{t(`kinds.${r.kind as 'save'}`)}</td>
                  <td>{r.savedBy ?? '—'}</td>
                  <td>
                    <time dateTime={r.savedAt}>{format.dateTime(new Date(r.savedAt), { dateStyle: 'medium', timeStyle: 'medium' })}</time>
                  </td>
                  <td>
                    <a href={`?rev=${r.id}`}>{r.title}</a> <span className="visually-hidden">{t('compare')}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
