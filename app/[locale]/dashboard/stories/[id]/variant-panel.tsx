'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import type { LibrarySearch } from '@/components/media-picker';
import { RichTextEditor } from '@/components/rich-text-editor';
import type { EditableStory, EditableVariant, VariantInput } from '@/db/queries/stories';
import type { ArticleStatus } from '@/db/schema';
import type { Locale } from '@/i18n/locales';
import { limits } from '@/lib/field-limits';
import { ActionError } from '../../action-message';
import { ConfirmButton } from '../../confirm-button';
import { useSaveStatusText } from '../../save-status';
import { useAutosave } from '../../use-autosave';
import { saveVariantAction, scheduleAction, setStatusAction } from '../actions';

type Fields = { title: string; lead: string; body: unknown; slug: string; seoTitle: string; seoDescription: string };
type Props = {
  story: EditableStory;
  lang: Locale;
  locale: Locale;
  hidden: boolean;
  search?: LibrarySearch;
  zone: { name: string; label: string };
  onStatus: (status: ArticleStatus) => void;
};

const emptyDoc = { type: 'doc', content: [{ type: 'paragraph' }] };
const fieldsOf = (v: Pick<EditableVariant, 'title' | 'lead' | 'body' | 'slug'> & { seoTitle: string | null; seoDescription: string | null } | undefined): Fields => ({
  title: v?.title ?? '',
  lead: v?.lead ?? '',
  body: v?.body ?? emptyDoc,
  slug: v?.slug ?? '',
  seoTitle: v?.seoTitle ?? '',
  seoDescription: v?.seoDescription ?? '',
});

/**
 * One language of the story: its text with autosave (use-autosave.ts), and, in a bar that stays on screen while
 * writing, what the text's state is and what may be done with it. A published text is edited as pending changes:
 * readers keep the published one until "Update" (or "Discard").
 */
export function VariantPanel({ story, lang, locale, hidden, search, zone, onStatus }: Props) {
  const t = useTranslations('Editor');
  const tStatus = useTranslations('Dashboard.statuses');
  const format = useFormatter();
  const router = useRouter();
  const statusText = useSaveStatusText();
  const variant = story.variants[lang];
  const editable = story.can.edit.includes(lang);
  const [status, setStatus] = useState<ArticleStatus | null>(variant?.status ?? null);
  const [pending, setPending] = useState(variant?.pending ?? null);
  const [publishedAt, setPublishedAt] = useState(variant?.publishedAt ?? null);
  const [actionError, setActionError] = useState<{ error: string; issues?: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [scheduleAt, setScheduleAt] = useState('');
  const auto = useAutosave<Fields>({
    backupKey: `bureau:draft:${story.id}:${lang}`,
    fields: fieldsOf(variant),
    base: variant?.revision ?? 0,
    savedAt: variant?.updatedAt ?? null,
    enabled: editable,
    save: async (f, base) => {
      const { slug, ...text } = f;
      const answer = await saveVariantAction({ id: story.id, locale: lang, text: { ...text, ...(slug ? { slug } : {}) } as VariantInput, base });
      if (!answer.ok) return answer;
      setStatus((s) => s ?? 'draft');
      if (answer.pending) setPending((p) => ({ submitted: false, at: answer.savedAt, by: p?.by ?? null }));
      return { ...answer, fields: { slug: answer.slug } };
    },
  });
  const f = auto.fields;

  // The sticky toolbar sits under the sticky bar, whatever height the bar has on this screen.
  const bar = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!bar.current || !panel.current || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => panel.current?.style.setProperty('--editor-bar-height', `${Math.ceil(entry!.borderBoxSize[0]!.blockSize)}px`));
    observer.observe(bar.current);
    return () => observer.disconnect();
  }, []);

  const move = async (action: 'submit' | 'publish' | 'update' | 'discard' | 'unpublish' | 'unschedule') => {
    setBusy(true);
    setActionError(null);
    try {
      // What is on screen is saved first: "Publish" publishes exactly what the editor sees.
      if (action !== 'discard' && action !== 'unschedule' && !(await auto.saveNow())) return;
      const answer = await setStatusAction({ id: story.id, locale: lang, action }).catch(() => ({ ok: false as const, error: 'network' }));
      if (!answer.ok) {
        setActionError(answer);
        return;
      }
      setStatus(answer.status);
      onStatus(answer.status);
      setPending(answer.pending ? { submitted: answer.pending.submitted, at: pending?.at ?? new Date().toISOString(), by: pending?.by ?? null } : null);
      if (answer.text) auto.reset(fieldsOf(answer.text), answer.revision);
      else auto.rebase(answer.revision);
      if (action === 'unschedule') setPublishedAt(null);
      router.refresh();
    } finally {
      setBusy(false);
    }
  };

  const schedule = async () => {
    setBusy(true);
    setActionError(null);
    try {
      if (!(await auto.saveNow())) return;
      const answer = await scheduleAction({ id: story.id, locale: lang, at: scheduleAt }).catch(() => ({ ok: false as const, error: 'network' }));
      if (!answer.ok) {
        setActionError(answer);
        return;
      }
      setStatus('scheduled');
      onStatus('scheduled');
      setPublishedAt(answer.at);
      router.refresh();
    } finally {
      setBusy(false);
    }
  };

  const when = (iso: string) => `${format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' })} (${zone.label})`;
  const field = (name: 'title' | 'lead' | 'slug' | 'seoTitle' | 'seoDescription', max: number, multiline = false) => (
    <label className="editor__field">
      {t(name)}
      {multiline ? (
        <textarea name={name} value={f[name]} onChange={(e) => auto.change({ [name]: e.target.value })} readOnly={!editable} maxLength={max} rows={3} />
      ) : (
        <input name={name} value={f[name]} onChange={(e) => auto.change({ [name]: e.target.value })} readOnly={!editable} maxLength={max} />
      )}
    </label>
  );
  const canPublish = story.can.publish;
  const isPublished = status === 'published';

  return (
    <section role="tabpanel" id={`panel-${lang}`} aria-labelledby={`tab-${lang}`} lang={lang} hidden={hidden} ref={panel} className="editor__panel">
      <div className="editor-bar" ref={bar}>
        <p className="editor__state" role="status" aria-live="polite" data-state={auto.state}>
          <span className={`status-badge status-badge--${status ?? 'none'}`}>{status ? tStatus(status) : t('notYet')}</span>{' '}
          {pending ? (
            <span className="status-badge status-badge--pending" data-pending={pending.submitted ? 'submitted' : 'open'}>
              {pending.submitted ? t('pending.submitted') : t('pending.badge')}
            </span>
          ) : null}{' '}
          {status === 'scheduled' && publishedAt ? <span>{t('scheduledFor', { time: when(publishedAt) })}</span> : null}{' '}
          <span className="editor__saved">{statusText(auto.state, auto.savedAt)}</span>
        </p>
        <div className="editor__actions">
          {editable && auto.state !== 'saved' ? (
            <button type="button" className="button button--quiet" onClick={() => void auto.saveNow()} disabled={auto.state === 'saving'}>
              {t('saveNow')}
            </button>
          ) : null}
          {canPublish && status && !isPublished ? (
            <button type="button" className="button" onClick={() => void move('publish')} disabled={busy}>
              {t('publish')}
            </button>
          ) : null}
          {canPublish && isPublished && pending ? (
            <button type="button" className="button" onClick={() => void move('update')} disabled={busy}>
              {t('pending.update')}
            </button>
          ) : null}
          {editable && isPublished && pending ? (
            <ConfirmButton label={t('pending.discard')} question={t('pending.discardQuestion')} confirm={t('pending.discardConfirm')} cancel={t('cancel')} onConfirm={() => move('discard')} disabled={busy} />
          ) : null}
          {story.can.submit.includes(lang) && (status === 'draft' || (isPublished && pending && !pending.submitted)) ? (
            <button type="button" className="button button--quiet" onClick={() => void move('submit')} disabled={busy}>
              {isPublished ? t('pending.submit') : t('submit')}
            </button>
          ) : null}
          {status ? (
            <a className="button button--quiet" href={`/${locale}/dashboard/stories/${story.id}/preview/${lang}`} target="_blank" rel="noopener">
              {t('preview')}
            </a>
          ) : null}
          {status ? (
            <a className="button button--quiet" href={`/${locale}/dashboard/stories/${story.id}/revisions/${lang}`}>
              {t('revisions')}
            </a>
          ) : null}
          {canPublish && isPublished ? (
            <ConfirmButton label={t('unpublish')} question={t('unpublishQuestion')} confirm={t('unpublishConfirm')} cancel={t('cancel')} onConfirm={() => move('unpublish')} disabled={busy} />
          ) : null}
        </div>
        {actionError ? <ActionError namespace="Editor" error={actionError.error} issues={actionError.issues} /> : null}
      </div>

      {!editable ? <p className="form__note">{t('readOnly')}</p> : null}
      {isPublished && editable ? <p className="form__note">{canPublish ? t('pending.note') : t('proposalNote')}</p> : null}
      {auto.restored && auto.state !== 'saved' ? <p className="form__note">{t('restoredFromBrowser')}</p> : null}
      {auto.errors.length ? <ActionError namespace="Editor" error={auto.errors.length > 1 ? 'invalid' : auto.errors[0]} issues={auto.errors} /> : null}
      {auto.state === 'conflict' ? <Conflict current={auto.conflict as EditableVariant | null} onTheirs={(c) => auto.reset(fieldsOf(c), c.revision, c.updatedAt)} onMine={(c) => auto.overwrite(c.revision)} /> : null}

      {field('title', limits.storyTitle)}
      {field('lead', limits.lead, true)}
      <div className="editor__field">
        <span id={`body-label-${lang}`}>{t('body')}</span>
        <RichTextEditor id={`body-${lang}`} labelledBy={`body-label-${lang}`} value={f.body} onChange={(body) => auto.change({ body })} readOnly={!editable} search={search} />
      </div>
      <details className="editor__seo">
        <summary>{t('addressAndSeo')}</summary>
        {field('slug', limits.slug)}
        <p className="form__note">{isPublished ? t('slugHintPublished') : t('slugHint')}</p>
        {field('seoTitle', limits.seoTitle)}
        {field('seoDescription', limits.seoDescription, true)}
      </details>

      {canPublish && status && !isPublished ? (
        <div className="editor__schedule">
          {status === 'scheduled' && publishedAt ? (
            <p>
              {t('scheduledFor', { time: when(publishedAt) })}{' '}
              <button type="button" className="button button--quiet" onClick={() => void move('unschedule')} disabled={busy}>
                {t('unschedule')}
              </button>
            </p>
          ) : null}
          <label>
            {t('scheduleAt', { zone: zone.label })}{' '}
            <input type="datetime-local" step={60} value={scheduleAt} onChange={(e) => setScheduleAt(e.target.value)} aria-describedby={`schedule-hint-${lang}`} />
          </label>{' '}
          <button type="button" className="button button--quiet" onClick={() => void schedule()} disabled={!scheduleAt || busy}>
            {status === 'scheduled' ? t('reschedule') : t('schedule')}
          </button>
          <p id={`schedule-hint-${lang}`} className="form__note">
            {t('scheduleHint', { zone: zone.name })}
          </p>
        </div>
      ) : null}
    </section>
  );
}

function Conflict({ current, onTheirs, onMine }: { current: EditableVariant | null; onTheirs: (c: EditableVariant) => void; onMine: (c: EditableVariant) => void }) {
  const t = useTranslations('Editor');
  if (!current) return <p className="form__error" role="alert">{t('conflict')}</p>;
  return (
    <div className="form__error editor__conflict" role="alert">
      <p>{t('conflict')}</p>
      <h3>{t('theirVersion', { revision: current.revision })}</h3>
      <p className="editor__theirs">
        <strong>{current.title}</strong> — {current.lead}
      </p>
      <button type="button" className="button button--quiet" onClick={() => onTheirs(current)}>
        {t('reloadTheirs')}
      </button>{' '}
      <button type="button" className="button" onClick={() => onMine(current)}>
        {t('keepMine')}
      </button>
    </div>
  );
}
