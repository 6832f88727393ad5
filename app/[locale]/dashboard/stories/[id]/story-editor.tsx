'use client';

import { useTranslations, useFormatter } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LibrarySearch } from '@/components/media-picker';
import { RichTextEditor } from '@/components/rich-text-editor';
import type { EditableStory, EditableVariant } from '@/db/queries/stories';
import { localeNames, locales, type Locale } from '@/i18n/locales';
import { saveVariantAction, scheduleAction, setStatusAction } from '../actions';

type Fields = { title: string; lead: string; body: unknown; slug: string; seoTitle: string; seoDescription: string };
type SaveState = 'saved' | 'dirty' | 'saving' | 'error';
type Draft = { fields: Fields; base: number; status: EditableVariant['status'] | null; publishedAt: string | null; state: SaveState; savedAt: string | null; errors: string[]; conflict: EditableVariant | null };

const AUTOSAVE_MS = 1500;
const emptyDoc = { type: 'doc', content: [{ type: 'paragraph' }] };

function fieldsOf(v: EditableVariant | undefined): Fields {
  return { title: v?.title ?? '', lead: v?.lead ?? '', body: v?.body ?? emptyDoc, slug: v?.slug ?? '', seoTitle: v?.seoTitle ?? '', seoDescription: v?.seoDescription ?? '' };
}
const backupKey = (id: number, lang: Locale) => `bureau:draft:${id}:${lang}`;

type Props = { story: EditableStory; locale: Locale; search?: LibrarySearch };

/**
 * Tabs per language; every change is saved automatically a moment after typing stops, with the state always
 * visible. A failed save (network, validation, conflict) leaves the text in the form, and a copy in the
 * browser's storage until it is saved, so a reload loses nothing either.
 */
export function StoryEditor({ story, locale, search }: Props) {
  const t = useTranslations('Editor');
  const tStatus = useTranslations('Dashboard.statuses');
  const format = useFormatter();
  const router = useRouter();
  const first = story.can.edit.includes(locale) && story.variants[locale] ? locale : (story.sourceLocale ?? 'ru');
  const [active, setActive] = useState<Locale>(first);
  const [drafts, setDrafts] = useState<Record<Locale, Draft>>(
    () =>
      Object.fromEntries(
        locales.map((l) => {
          const v = story.variants[l];
          return [l, { fields: fieldsOf(v), base: v?.revision ?? 0, status: v?.status ?? null, publishedAt: v?.publishedAt ?? null, state: 'saved', savedAt: v?.updatedAt ?? null, errors: [], conflict: null }];
        }),
      ) as unknown as Record<Locale, Draft>,
  );
  const timers = useRef<Partial<Record<Locale, ReturnType<typeof setTimeout>>>>({});
  const latest = useRef(drafts);
  latest.current = drafts;
  const inFlight = useRef<Partial<Record<Locale, boolean>>>({});

  const update = (lang: Locale, patch: Partial<Draft>) => setDrafts((d) => ({ ...d, [lang]: { ...d[lang], ...patch } }));

  const save = useCallback(
    async (lang: Locale, override?: Partial<Draft>) => {
      if (inFlight.current[lang]) return;
      const draft = { ...latest.current[lang], ...override };
      if (!override && (draft.state === 'saved' || draft.conflict)) return;
      inFlight.current[lang] = true;
      update(lang, { state: 'saving', errors: [] });
      try {
        const { slug, ...rest } = draft.fields;
        const result = await saveVariantAction(story.id, lang, { ...rest, ...(slug ? { slug } : {}) } as never, draft.base);
        const changedMeanwhile = latest.current[lang].fields !== draft.fields;
        if (result.ok) {
          window.localStorage.removeItem(backupKey(story.id, lang));
          setDrafts((d) => ({
            ...d,
            [lang]: { ...d[lang], base: result.revision, state: changedMeanwhile ? 'dirty' : 'saved', savedAt: result.savedAt, status: d[lang].status ?? 'draft', fields: changedMeanwhile ? d[lang].fields : { ...d[lang].fields, slug: result.slug } },
          }));
        } else if (result.error === 'conflict') {
          update(lang, { state: 'error', conflict: result.current ?? null, errors: [] });
        } else {
          update(lang, { state: 'error', errors: result.error === 'invalid' && 'issues' in result && result.issues?.length ? result.issues : [result.error] });
        }
      } catch {
        update(lang, { state: 'error', errors: ['network'] });
      } finally {
        inFlight.current[lang] = false;
      }
    },
    [story.id],
  );

  const change = (lang: Locale, patch: Partial<Fields>) => {
    setDrafts((d) => {
      const fields = { ...d[lang].fields, ...patch };
      window.localStorage.setItem(backupKey(story.id, lang), JSON.stringify({ fields, base: d[lang].base }));
      return { ...d, [lang]: { ...d[lang], fields, state: 'dirty' } };
    });
    clearTimeout(timers.current[lang]);
    timers.current[lang] = setTimeout(() => void save(lang), AUTOSAVE_MS);
  };

  // Text typed before a reload or a crash comes back from the browser's storage.
  useEffect(() => {
    for (const lang of locales) {
      const raw = window.localStorage.getItem(backupKey(story.id, lang));
      if (!raw) continue;
      try {
        const backup = JSON.parse(raw) as { fields: Fields; base: number };
        update(lang, { fields: backup.fields, base: backup.base, state: 'dirty' });
      } catch {
        window.localStorage.removeItem(backupKey(story.id, lang));
      }
    }
  }, [story.id]);

  // Retry failed or pending saves when the connection returns; warn before leaving with unsaved text.
  useEffect(() => {
    const online = () => locales.forEach((l) => latest.current[l].state === 'error' && !latest.current[l].conflict && (update(l, { state: 'dirty' }), void save(l)));
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (locales.some((l) => latest.current[l].state !== 'saved')) e.preventDefault();
    };
    window.addEventListener('online', online);
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('beforeunload', beforeUnload);
    };
  }, [save]);

  const status = async (lang: Locale, action: 'submit' | 'publish' | 'unpublish') => {
    await save(lang);
    const result = await setStatusAction(story.id, lang, action);
    if (result.ok) {
      update(lang, { status: result.status, errors: [] });
      router.refresh();
    } else update(lang, { errors: [result.error] });
  };

  const [scheduleAt, setScheduleAt] = useState('');
  const schedule = async (lang: Locale) => {
    await save(lang);
    const result = await scheduleAction(story.id, lang, new Date(scheduleAt).toISOString());
    if (result.ok) {
      update(lang, { status: 'scheduled', publishedAt: result.at, errors: [] });
      router.refresh();
    } else update(lang, { errors: [result.error] });
  };

  const draft = drafts[active];
  const editable = story.can.edit.includes(active);
  const stateText =
    draft.state === 'saving' ? t('saving') : draft.state === 'dirty' ? t('unsaved') : draft.state === 'saved' && draft.savedAt ? t('saved', { time: format.dateTime(new Date(draft.savedAt), { hour: '2-digit', minute: '2-digit', second: '2-digit' }) }) : '';
  const field = (name: 'title' | 'lead' | 'slug' | 'seoTitle' | 'seoDescription', multiline = false, max = 300) => (
    <label className="editor__field">
      {t(name)}
      {multiline ? (
        <textarea name={name} value={draft.fields[name]} onChange={(e) => change(active, { [name]: e.target.value })} readOnly={!editable} maxLength={max} rows={3} />
      ) : (
        <input name={name} value={draft.fields[name]} onChange={(e) => change(active, { [name]: e.target.value })} readOnly={!editable} maxLength={max} />
      )}
    </label>
  );

  return (
    <div className="editor">
      <div role="tablist" aria-label={t('languages')} className="editor__tabs">
        {locales.map((l) => (
          <button key={l} type="button" role="tab" id={`tab-${l}`} aria-selected={l === active} aria-controls={`panel-${l}`} onClick={() => setActive(l)} lang={l}>
            {localeNames[l]} <small>{drafts[l].status ? tStatus(drafts[l].status!) : t('notYet')}</small>
          </button>
        ))}
      </div>
      <section role="tabpanel" id={`panel-${active}`} aria-labelledby={`tab-${active}`} lang={active} key={active}>
        <p className="editor__state" role="status" aria-live="polite" data-state={draft.state}>
          {draft.status ? t('status', { status: tStatus(draft.status) }) : null}{' '}
          {draft.status === 'scheduled' && draft.publishedAt
            ? t('scheduledFor', { time: format.dateTime(new Date(draft.publishedAt), { dateStyle: 'medium', timeStyle: 'short' }) })
            : null}{' '}
          {stateText}
        </p>
        {!editable ? <p className="form__note">{t('readOnly')}</p> : null}
        {story.variants[active]?.proposal || (draft.status === 'published' && editable && !story.can.publish) ? <p className="form__note">{t('proposalNote')}</p> : null}
        {draft.errors.length ? (
          <ul className="form__error" role="alert">
            {draft.errors.map((e) => (
              <li key={e}>{t.has(`errors.${e}` as 'errors.invalid') ? t(`errors.${e}` as 'errors.invalid') : t('errors.invalid')}</li>
            ))}
          </ul>
        ) : null}
        {draft.conflict ? (
          <div className="form__error editor__conflict" role="alert">
            <p>{t('conflict')}</p>
            <h3>{t('theirVersion', { revision: draft.conflict.revision })}</h3>
            <p className="editor__theirs">
              <strong>{draft.conflict.title}</strong> — {draft.conflict.lead}
            </p>
            <button type="button" className="button button--quiet" onClick={() => update(active, { fields: fieldsOf(draft.conflict!), base: draft.conflict!.revision, conflict: null, state: 'saved' })}>
              {t('reloadTheirs')}
            </button>{' '}
            <button
              type="button"
              className="button"
              onClick={() => {
                const keep = { base: draft.conflict!.revision, conflict: null, state: 'dirty' as const };
                update(active, keep);
                void save(active, keep);
              }}
            >
              {t('keepMine')}
            </button>
          </div>
        ) : null}
        {field('title')}
        {field('lead', true, 1000)}
        <div className="editor__field">
          <span id={`body-label-${active}`}>{t('body')}</span>
          <RichTextEditor id={`body-${active}`} labelledBy={`body-label-${active}`} value={draft.fields.body} onChange={(body) => change(active, { body })} readOnly={!editable} search={search} />
        </div>
        <details className="editor__seo">
          <summary>SEO</summary>
          {field('slug', false, 200)}
          <p className="form__note">{t('slugHint')}</p>
          {field('seoTitle', false, 120)}
          {field('seoDescription', true, 300)}
        </details>
        <div className="editor__actions">
          {editable ? (
            <button type="button" className="button button--quiet" onClick={() => void save(active)} disabled={draft.state === 'saving'}>
              {t('saveNow')}
            </button>
          ) : null}
          {story.can.submit.includes(active) && (draft.status === 'draft' || (draft.status === 'published' && !story.can.publish)) ? (
            <button type="button" className="button button--quiet" onClick={() => void status(active, 'submit')}>
              {t('submit')}
            </button>
          ) : null}
          {story.can.publish && draft.status && draft.status !== 'published' ? (
            <button type="button" className="button" onClick={() => void status(active, 'publish')}>
              {t('publish')}
            </button>
          ) : null}
          {story.can.publish && draft.status && draft.status !== 'published' ? (
            <span className="editor__schedule">
              <label>
                {t('scheduleAt')}{' '}
                <input type="datetime-local" step={1} value={scheduleAt} onChange={(e) => setScheduleAt(e.target.value)} />
              </label>{' '}
              <button type="button" className="button button--quiet" onClick={() => void schedule(active)} disabled={!scheduleAt}>
                {t('schedule')}
              </button>
            </span>
          ) : null}
          {story.can.publish && draft.status === 'published' ? (
            <button type="button" className="button button--quiet" onClick={() => void status(active, 'unpublish')}>
              {t('unpublish')}
            </button>
          ) : null}
          {draft.status ? (
            <a className="button button--quiet" href={`/${locale}/dashboard/stories/${story.id}/preview/${active}`} target="_blank" rel="noopener">
              {t('preview')}
            </a>
          ) : null}
          {draft.status ? (
            <a className="button button--quiet" href={`/${locale}/dashboard/stories/${story.id}/revisions/${active}`}>
              {t('revisions')}
            </a>
          ) : null}
        </div>
      </section>
    </div>
  );
}
