'use client';

import Image from 'next/image';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useState } from 'react';
import type { MediaText } from '@/db/queries/media';
import type { TranslationWork } from '@/db/queries/translations';
import { localeNames, type Locale } from '@/i18n/locales';
import { wordDiff } from '@/lib/text-diff';
import { blocksOf, buildTranslatedBody, isTextBlock } from '@/lib/translation-blocks';
import { describeMediaTexts } from '../../../media/actions';
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

/**
 * Source and translation side by side: headline, lead, then the body paragraph by paragraph, then the photos'
 * alt texts and captions. Where the source changed since the translation was made, the row is marked and the
 * change shown. A failed save keeps everything in the form.
 */
export function TranslationForm({ work, locale }: Props) {
  const t = useTranslations('Translations');
  const tEditor = useTranslations('Editor');
  const tStatus = useTranslations('Dashboard.statuses');
  const router = useRouter();
  const source = useMemo(() => blocksOf(work.source.body), [work.source.body]);
  const before = useMemo(() => blocksOf(work.translation?.body), [work.translation?.body]);
  const then = useMemo(() => (work.sourceThen ? blocksOf(work.sourceThen.body) : null), [work.sourceThen]);
  const [title, setTitle] = useState(work.translation?.title ?? '');
  const [lead, setLead] = useState(work.translation?.lead ?? '');
  const [texts, setTexts] = useState<string[]>(() => Array.from({ length: Math.max(source.length, before.length) }, (_, i) => before[i]?.text ?? ''));
  const [captions, setCaptions] = useState<Record<number, MediaText>>(() => Object.fromEntries(work.exhibition.items.map((item) => [item.id, item.texts[work.lang]])));
  const [changedCaptions, setChangedCaptions] = useState<Set<number>>(new Set());
  const [base, setBase] = useState(work.translation?.revision ?? 0);
  const [status, setStatus] = useState(work.translation?.status ?? null);
  /** Changes proposed to a published translation: being written, or submitted for an editor to publish. */
  const [proposal, setProposal] = useState<'none' | 'draft' | 'submitted'>(work.translation?.proposal ? (work.translation.proposal.submitted ? 'submitted' : 'draft') : 'none');
  const [state, setState] = useState<'saved' | 'dirty' | 'saving' | 'error'>('saved');
  const [errors, setErrors] = useState<string[]>([]);
  const [outdated, setOutdated] = useState(work.state === 'outdated');
  const editable = work.canEdit;
  const lang = work.lang;

  useEffect(() => {
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (state !== 'saved') e.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => window.removeEventListener('beforeunload', beforeUnload);
  }, [state]);

  const dirty = () => setState('dirty');

  const save = async (): Promise<boolean> => {
    setState('saving');
    setErrors([]);
    try {
      const body = buildTranslatedBody(source, before, texts);
      const result = await saveTranslationAction(work.id, lang, { title, lead, body }, base, work.source.revision);
      if (!result.ok) {
        setState('error');
        setErrors(result.error === 'invalid' && 'issues' in result && result.issues?.length ? result.issues : [result.error]);
        return false;
      }
      setBase(result.revision);
      setStatus((s) => s ?? 'draft');
      if (status === 'published' && !work.canPublish) setProposal('draft');
      setOutdated(false);
      for (const id of changedCaptions) {
        const described = await describeMediaTexts(id, { [lang]: captions[id]! });
        if (!described.ok) {
          setState('error');
          setErrors(described.issues?.length ? described.issues : [described.error ?? 'invalid']);
          return false;
        }
      }
      setChangedCaptions(new Set());
      setState('saved');
      return true;
    } catch {
      setState('error');
      setErrors(['network']);
      return false;
    }
  };

  const move = async (action: 'submit' | 'publish') => {
    if (state !== 'saved' && !(await save())) return;
    const result = await setStatusAction(work.id, lang, action);
    if (result.ok) {
      setStatus(result.status);
      setProposal(result.proposal === 'submitted' ? 'submitted' : 'none');
      router.refresh();
    } else setErrors([result.error]);
  };

  const reviewed = async () => {
    const result = await markReviewedAction(work.id, lang, work.source.revision);
    if (result.ok) setOutdated(false);
    else setErrors([result.error]);
  };

  const errorText = (code: string) =>
    t.has(`errors.${code}` as 'errors.network') ? t(`errors.${code}` as 'errors.network') : tEditor.has(`errors.${code}` as 'errors.invalid') ? tEditor(`errors.${code}` as 'errors.invalid') : tEditor('errors.invalid');

  const stateText = state === 'saving' ? tEditor('saving') : state === 'dirty' ? tEditor('unsaved') : state === 'saved' && base > 0 ? t('savedState') : '';
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
      <p className="editor__state" role="status" aria-live="polite" data-state={state}>
        {status ? tEditor('status', { status: tStatus(status) }) : t('states.missing')} {proposal !== 'none' ? t(`proposal.${proposal}`) : ''} {outdated ? t('outdatedNote', { then: work.translation?.basedOn ?? '?', now: work.source.revision }) : ''} {stateText}
      </p>
      {!editable ? <p className="form__note">{tEditor('readOnly')}</p> : null}
      {errors.length ? (
        <ul className="form__error" role="alert">
          {errors.map((e) => (
            <li key={e}>{e === 'conflict' ? tEditor('conflict') : errorText(e)}</li>
          ))}
        </ul>
      ) : null}
      <div className="translating__columns" aria-hidden="true">
        <span>{localeNames[work.sourceLocale]}</span>
        <span>{localeNames[lang]}</span>
      </div>
      {row('title', tEditor('title'), work.source.title, work.sourceThen?.title, (
        <label>
          <span className="visually-hidden">{t('translationOf', { field: tEditor('title') })}</span>
          <input value={title} maxLength={300} readOnly={!editable} onChange={(e) => (setTitle(e.target.value), dirty())} />
        </label>
      ))}
      {row('lead', tEditor('lead'), work.source.lead, work.sourceThen?.lead, (
        <label>
          <span className="visually-hidden">{t('translationOf', { field: tEditor('lead') })}</span>
          <textarea value={lead} maxLength={1000} rows={3} readOnly={!editable} onChange={(e) => (setLead(e.target.value), dirty())} />
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
                  setTexts(next);
                  dirty();
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
      {work.exhibition.items.map((item) => {
        const mine = work.exhibition.describable.includes(lang);
        const edit = (field: keyof MediaText, value: string) => {
          setCaptions((c) => ({ ...c, [item.id]: { ...c[item.id]!, [field]: value } }));
          setChangedCaptions((set) => new Set(set).add(item.id));
          dirty();
        };
        return (
          <div className="translating__row" key={`photo-${item.id}`}>
            <div className="translating__source" lang={work.sourceLocale}>
              <Image src={item.src} alt="" width={item.width} height={item.height} sizes="120px" className="translating__thumb" />
              <p>{item.texts[work.sourceLocale].alt}</p>
              <p className="form__note">{item.texts[work.sourceLocale].caption}</p>
            </div>
            <fieldset className="translating__target" lang={lang} disabled={!mine}>
              <legend className="visually-hidden">{item.originalName ?? `#${item.id}`}</legend>
              <label className="editor__field">
                {t('alt')}
                <input value={captions[item.id]?.alt ?? ''} maxLength={300} onChange={(e) => edit('alt', e.target.value)} />
              </label>
              <label className="editor__field">
                {t('caption')}
                <textarea value={captions[item.id]?.caption ?? ''} maxLength={1000} rows={2} onChange={(e) => edit('caption', e.target.value)} />
              </label>
              <label className="editor__field">
                {t('credit')}
                <input value={captions[item.id]?.credit ?? ''} maxLength={200} onChange={(e) => edit('credit', e.target.value)} />
              </label>
            </fieldset>
          </div>
        );
      })}
      <div className="editor__actions">
        {editable ? (
          <button type="button" className="button button--quiet" onClick={() => void save()} disabled={state === 'saving'}>
            {t('saveDraft')}
          </button>
        ) : null}
        {editable && (status === null || status === 'draft' || (status === 'published' && !work.canPublish && proposal !== 'submitted')) ? (
          <button type="button" className="button button--quiet" onClick={() => void move('submit')}>
            {tEditor('submit')}
          </button>
        ) : null}
        {work.canPublish && (status !== 'published' || proposal !== 'none') ? (
          <button type="button" className="button" onClick={() => void move('publish')}>
            {proposal !== 'none' ? t('publishProposal') : tEditor('publish')}
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
  );
}
