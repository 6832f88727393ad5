'use client';

import Image from 'next/image';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useMemo, useState } from 'react';
import type { MediaText } from '@/db/queries/media';
import type { TranslationWork } from '@/db/queries/translations';
import { localeNames, type Locale } from '@/i18n/locales';
import { wordDiff } from '@/lib/text-diff';
import { blocksOf, buildTranslatedBody, isTextBlock } from '@/lib/translation-blocks';
import { limits } from '@/lib/field-limits';
import type { VariantInput } from '@/db/queries/stories';
import { describeMediaTexts } from '../../../media/actions';
import { useActionMessage } from '../../../action-message';
import { useSaveStatusText } from '../../../save-status';
import { useAutosave } from '../../../use-autosave';
import { setStatusAction } from '../../../stories/actions';
import { markReviewedAction, saveTranslationAction } from '../../actions';

type Props = { work: TranslationWork; locale: Locale };

/** The source text as it is now, with what changed since the translation was made marked word by word. */
function SourceText({ now, then }: { now: string; then: string | undefined }) {
  if (then === undefined || then === now) return <>{now}</>;
  return (
    <>
      {wordDiff(then, now).map((part, i) =>
        part.change === 'same' ? <span key={i}>{part.value}</span> : part.change === 'added' ? <ins key={i}>{part.value}</ins> : <del key={i}>{part.value}</del>,
      )}
    </>
  );
}

type Fields = { title: string; lead: string; texts: string[] };

/**
 * Source and translation side by side: headline, lead, then the body paragraph by paragraph, then the photos'
 * alt texts and captions. Where the source changed since the translation was made, the row is marked and the
 * change shown. Everything is saved by itself a moment after typing stops, with a copy in the browser until the
 * server has it (use-autosave.ts, as in the story editor).
 */
export function TranslationForm({ work, locale }: Props) {
  const t = useTranslations('Translations');
  const tEditor = useTranslations('Editor');
  const tStatus = useTranslations('Dashboard.statuses');
  const router = useRouter();
  const statusText = useSaveStatusText();
  const fromTranslations = useActionMessage('Translations');
  const fromEditor = useActionMessage('Editor');
  const source = useMemo(() => blocksOf(work.source.body), [work.source.body]);
  const before = useMemo(() => blocksOf(work.translation?.body), [work.translation?.body]);
  const then = useMemo(() => (work.sourceThen ? blocksOf(work.sourceThen.body) : null), [work.sourceThen]);
  const [status, setStatus] = useState(work.translation?.status ?? null);
  /** Changes to a published translation: being written, or submitted for an editor to publish. */
  const [pending, setPending] = useState<'none' | 'draft' | 'submitted'>(work.translation?.pending ? (work.translation.pending.submitted ? 'submitted' : 'draft') : 'none');
  const [errors, setErrors] = useState<string[]>([]);
  const [outdated, setOutdated] = useState(work.state === 'outdated');
  const editable = work.canEdit;
  const lang = work.lang;
  const auto = useAutosave<Fields>({
    backupKey: `bureau:translation:${work.id}:${lang}`,
    fields: {
      title: work.translation?.title ?? '',
      lead: work.translation?.lead ?? '',
      texts: Array.from({ length: Math.max(source.length, before.length) }, (_, i) => before[i]?.text ?? ''),
    },
    base: work.translation?.revision ?? 0,
    savedAt: null,
    enabled: editable,
    save: async (f, base) => {
      const body = buildTranslatedBody(source, before, f.texts);
      const answer = await saveTranslationAction({ id: work.id, lang, text: { title: f.title, lead: f.lead, body } as VariantInput, base, sourceRevision: work.source.revision });
      if (answer.ok) {
        setStatus((s) => s ?? 'draft');
        if (answer.pending) setPending('draft');
        setOutdated(false);
      }
      return answer;
    },
  });
  const { title, lead, texts } = auto.fields;
  const state = auto.state;

  const move = async (action: 'submit' | 'publish') => {
    setErrors([]);
    if (!(await auto.saveNow())) return;
    const result = await setStatusAction({ id: work.id, locale: lang, action }).catch(() => ({ ok: false as const, error: 'network' }));
    if (result.ok) {
      setStatus(result.status);
      setPending(result.pending ? (result.pending.submitted ? 'submitted' : 'draft') : 'none');
      auto.rebase(result.revision);
      router.refresh();
    } else setErrors([result.error]);
  };

  const reviewed = async () => {
    const result = await markReviewedAction({ id: work.id, lang, sourceRevision: work.source.revision }).catch(() => ({ ok: false as const, error: 'network' }));
    if (result.ok) setOutdated(false);
    else setErrors([result.error]);
  };

  const errorText = (code: string) => (t.has(`errors.${code}` as 'errors.network') ? fromTranslations(code) : fromEditor(code));

  const stateText = state === 'saved' && auto.base === 0 ? '' : statusText(state, auto.savedAt);
  const row = (key: string, label: string, now: string, old: string | undefined, input: React.ReactNode) => (
    <div className={`translating__row${old !== undefined && old !== now ? ' translating__row--changed' : ''}`} key={key}>
      <div className="translating__source" lang={work.sourceLocale}>
        <span className="translating__label">
          {label}
          {old !== undefined && old !== now ? <strong className="translating__changed"> {t('changed')}</strong> : null}
        </span>
        <p>
          <SourceText now={now} then={old} />
        </p>
      </div>
      <div className="translating__target" lang={lang}>
        {input}
      </div>
    </div>
  );

  return (
    <div className="translating__form">
      <div className="editor-bar">
      <p className="editor__state" role="status" aria-live="polite" data-state={state}>
        {status ? tEditor('status', { status: tStatus(status) }) : t('states.missing')} {pending !== 'none' ? t(`proposal.${pending}`) : ''} {outdated ? t('outdatedNote', { then: work.translation?.basedOn ?? '?', now: work.source.revision }) : ''} {stateText}
      </p>
      <div className="editor__actions">
        {editable ? (
          <button type="button" className="button button--quiet" onClick={() => void auto.saveNow()} disabled={state === 'saving'}>
            {t('saveDraft')}
          </button>
        ) : null}
        {editable && (status === null || status === 'draft' || (status === 'published' && !work.canPublish && pending === 'draft')) ? (
          <button type="button" className="button button--quiet" onClick={() => void move('submit')}>
            {tEditor('submit')}
          </button>
        ) : null}
        {work.canPublish && (status !== 'published' || pending !== 'none') ? (
          <button type="button" className="button" onClick={() => void move('publish')}>
            {pending !== 'none' ? t('publishProposal') : tEditor('publish')}
          </button>
        ) : null}
        {outdated ? (
          <button type="button" className="button button--quiet" onClick={() => void reviewed()}>
            {t('markReviewed')}
          </button>
        ) : null}
        <a className="button button--quiet" href={`/${locale}/dashboard/stories/${work.id}`}>
          {t('openEditor')}
        </a>
      </div>
      </div>
      {!editable ? <p className="form__note">{tEditor('readOnly')}</p> : null}
      {[...errors, ...auto.errors].length ? (
        <ul className="form__error" role="alert">
          {[...new Set([...errors, ...auto.errors])].map((e) => (
            <li key={e}>{errorText(e)}</li>
          ))}
        </ul>
      ) : null}
      {state === 'conflict' ? (
        <div className="form__error" role="alert">
          <p>{tEditor('conflict')}</p>
          <button type="button" className="button" onClick={() => auto.overwrite((auto.conflict as { revision: number } | null)?.revision ?? auto.base)}>
            {tEditor('keepMine')}
          </button>
        </div>
      ) : null}
      {auto.restored && state !== 'saved' ? <p className="form__note">{tEditor('restoredFromBrowser')}</p> : null}
      <div className="translating__columns" aria-hidden="true">
        <span>{localeNames[work.sourceLocale]}</span>
        <span>{localeNames[lang]}</span>
      </div>
      {row('title', tEditor('title'), work.source.title, work.sourceThen?.title, (
        <label>
          <span className="visually-hidden">{t('translationOf', { field: tEditor('title') })}</span>
          <input value={title} maxLength={limits.storyTitle} readOnly={!editable} onChange={(e) => auto.change({ title: e.target.value })} />
        </label>
      ))}
      {row('lead', tEditor('lead'), work.source.lead, work.sourceThen?.lead, (
        <label>
          <span className="visually-hidden">{t('translationOf', { field: tEditor('lead') })}</span>
          <textarea value={lead} maxLength={limits.lead} rows={3} readOnly={!editable} onChange={(e) => auto.change({ lead: e.target.value })} />
        </label>
      ))}
      {source.map((block, i) =>
        isTextBlock(block) ? (
          row(`b${i}`, t('paragraph', { n: i + 1 }), block.text, then ? (then[i]?.text ?? '') : undefined, (
            <label>
              <span className="visually-hidden">{t('translationOf', { field: t('paragraph', { n: i + 1 }) })}</span>
              <textarea
                value={texts[i] ?? ''}
                rows={Math.min(10, Math.max(2, Math.ceil(block.text.length / 60)))}
                readOnly={!editable}
                onChange={(e) => {
                  const next = [...texts];
                  next[i] = e.target.value;
                  auto.change({ texts: next });
                }}
              />
            </label>
          ))
        ) : (
          <div className="translating__row" key={`b${i}`}>
            <p className="form__note">{t('photoInText')}</p>
          </div>
        ),
      )}
      {work.exhibition.items.length ? <h2>{t('photos')}</h2> : null}
      {work.exhibition.items.map((item) => (
        <PhotoTexts key={item.id} item={item} lang={lang} sourceLocale={work.sourceLocale} editable={work.exhibition.describable.includes(lang)} />
      ))}
    </div>
  );
}

/** One photo's alt text, caption and credit in the translation's language, saved by themselves like the text. */
function PhotoTexts({ item, lang, sourceLocale, editable }: { item: TranslationWork['exhibition']['items'][number]; lang: Locale; sourceLocale: Locale; editable: boolean }) {
  const t = useTranslations('Translations');
  const statusText = useSaveStatusText();
  const auto = useAutosave<MediaText>({
    backupKey: `bureau:photo-texts:${item.id}:${lang}`,
    fields: item.texts[lang],
    base: 0,
    savedAt: null,
    enabled: editable,
    save: async (texts) => {
      const answer = await describeMediaTexts({ id: item.id, texts: { [lang]: texts } });
      return answer.ok ? { ok: true, revision: 0, savedAt: new Date().toISOString() } : answer;
    },
  });
  const edit = (field: keyof MediaText) => (e: { target: { value: string } }) => auto.change({ [field]: e.target.value });
  return (
    <div className="translating__row">
      <div className="translating__source" lang={sourceLocale}>
        <Image src={item.src} alt="" width={item.width} height={item.height} sizes="120px" className="translating__thumb" />
        <p>{item.texts[sourceLocale].alt}</p>
        <p className="form__note">{item.texts[sourceLocale].caption}</p>
      </div>
      <fieldset className="translating__target" lang={lang} disabled={!editable}>
        <legend className="visually-hidden">{item.originalName ?? `#${item.id}`}</legend>
        <label className="editor__field">
          {t('alt')}
          <input value={auto.fields.alt} maxLength={limits.photoAlt} onChange={edit('alt')} />
        </label>
        <label className="editor__field">
          {t('caption')}
          <textarea value={auto.fields.caption} maxLength={limits.photoCaption} rows={2} onChange={edit('caption')} />
        </label>
        <label className="editor__field">
          {t('credit')}
          <input value={auto.fields.credit} maxLength={limits.photoCredit} onChange={edit('credit')} />
        </label>
        <p className="form__note" role="status">
          {auto.state === 'saved' && !auto.savedAt ? '' : statusText(auto.state, auto.savedAt)}
        </p>
      </fieldset>
    </div>
  );
}
