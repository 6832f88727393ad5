'use client';

import Image from 'next/image';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { MediaPicker, type LibrarySearch } from '@/components/media-picker';
import type { LibraryItem } from '@/db/queries/media';
import type { SettingsChanges, StorySettings } from '@/db/queries/story-settings';
import { localeNames, type Locale } from '@/i18n/locales';
import { limits } from '@/lib/field-limits';
import { ActionError } from '../../action-message';
import { updateStorySettingsAction } from './actions';
import { TagPicker } from './tag-picker';

type Props = { settings: StorySettings; exhibition: LibraryItem[]; search: LibrarySearch; breaking?: React.ReactNode; onCover?: (id: number | null) => void };
type State = 'saved' | 'saving' | 'error';

const TEXT_SAVE_MS = 900;

/**
 * The settings panel beside the text: section, tags, authors and byline, bureau and dateline, cover photo, the
 * breaking-news flag, and each language's address. Every change is saved at once (typed texts a moment after
 * typing stops) and said so; a refused change is explained and the panel shows what is saved.
 */
export function StorySettingsPanel({ settings: initial, exhibition, search, breaking, onCover }: Props) {
  const t = useTranslations('Settings');
  const tStatus = useTranslations('Dashboard.statuses');
  const locale = useLocale() as Locale;
  const [settings, setSettings] = useState(initial);
  const [state, setState] = useState<State>('saved');
  const [error, setError] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);
  const texts = useRef({ byline: initial.byline, dateline: initial.dateline });
  const [shown, setShown] = useState(texts.current);
  const timers = useRef<Record<string, ReturnType<typeof setTimeout> | undefined>>({});
  const editable = settings.can.change;

  // Saving while a typed text waits for its moment or any request is on its way: "saved" means all of it is.
  const inFlight = useRef(0);
  const latest = useRef(0);
  const failed = useRef<string | null>(null);
  const settle = () => {
    const waiting = inFlight.current > 0 || Object.values(timers.current).some(Boolean);
    setState(waiting ? 'saving' : failed.current ? 'error' : 'saved');
    setError(failed.current);
  };

  // A choice shows at once; the answer (or a refusal) then shows what is saved.
  const [chosen, setChosen] = useState<Pick<SettingsChanges, 'category' | 'bureauId' | 'coverId'>>({});
  const apply = async (changes: SettingsChanges) => {
    const ticket = ++latest.current;
    const { category, bureauId, coverId } = changes;
    setChosen((x) => ({
      ...x,
      ...(category !== undefined && { category }),
      ...(bureauId !== undefined && { bureauId }),
      ...(coverId !== undefined && { coverId }),
    }));
    inFlight.current += 1;
    failed.current = null;
    settle();
    const answer = await updateStorySettingsAction({ id: settings.id, locale, changes }).catch(() => ({ ok: false as const, error: 'network' }));
    inFlight.current -= 1;
    if (ticket === latest.current) setChosen({});
    if (answer.ok) {
      // An older answer arriving after a newer one does not undo what the newer one showed.
      if (ticket === latest.current) {
        setSettings(answer.settings);
        onCover?.(answer.settings.cover?.id ?? null);
      }
    } else {
      failed.current = answer.error;
    }
    settle();
  };

  const send = (field: 'byline' | 'dateline') => {
    const waiting = timers.current[field];
    if (!waiting) return;
    clearTimeout(waiting);
    timers.current[field] = undefined;
    void apply({ [field]: texts.current[field] });
  };

  const typed = (field: 'byline' | 'dateline', lang: Locale, value: string) => {
    const next = { ...texts.current[field], [lang]: value };
    texts.current = { ...texts.current, [field]: next };
    setShown(texts.current);
    clearTimeout(timers.current[field]);
    timers.current[field] = setTimeout(() => send(field), TEXT_SAVE_MS);
    settle();
  };

  // Leaving the page with a typed text not yet sent: the browser asks first.
  useEffect(() => {
    const guard = (event: BeforeUnloadEvent) => {
      if (inFlight.current > 0 || Object.values(timers.current).some(Boolean)) event.preventDefault();
    };
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, []);

  const authorName = (id: number) => settings.choices.authors.find((a) => a.id === id)?.name ?? `#${id}`;
  const shownBureau = chosen.bureauId !== undefined ? chosen.bureauId : settings.bureauId;
  const shownCover = chosen.coverId !== undefined ? chosen.coverId : (settings.cover?.id ?? null);
  const bureau = settings.choices.bureaus.find((b) => b.id === shownBureau);
  const languages = settings.variants.map((v) => v.locale);
  const move = (from: number, to: number) => {
    const next = [...settings.authors];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    void apply({ authors: next });
  };
  const choices = [...exhibition, ...(settings.cover && !exhibition.some((e) => e.id === settings.cover!.id) ? [settings.cover] : [])];

  return (
    <section className="story-settings" aria-labelledby="story-settings-title">
      <h2 id="story-settings-title">{t('title')}</h2>
      <p className="story-settings__state" id="story-settings-state" role="status" data-state={state}>
        {state === 'saving' ? t('saving') : state === 'saved' ? t('saved') : t('notSaved')}
      </p>
      <ActionError namespace="Settings" error={error} />
      {!editable ? <p className="form__note">{t('readOnly')}</p> : null}

      <fieldset disabled={!editable} className="story-settings__group">
        <label htmlFor={`section-${settings.id}`}>{t('section')}</label>
        <select id={`section-${settings.id}`} value={chosen.category ?? settings.category} onChange={(e) => void apply({ category: e.target.value })}>
            {settings.choices.categories.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.name}
              </option>
            ))}
        </select>
      </fieldset>

      <div className="story-settings__group">
        <h3>{t('tags.title')}</h3>
        <TagPicker
          tags={settings.tags}
          sourceLocale={settings.sourceLocale}
          disabled={!editable}
          onAdd={(tag) => void apply({ tags: [...settings.tags.map((x) => ({ id: x.id })), tag] })}
          onRemove={(id) => void apply({ tags: settings.tags.filter((x) => x.id !== id).map((x) => ({ id: x.id })) })}
        />
      </div>

      <fieldset disabled={!editable} className="story-settings__group">
        <legend>{t('authors.title')}</legend>
        <ol className="story-settings__authors">
          {settings.authors.map((a, i) => (
            <li key={a}>
              <span>{authorName(a)}</span>
              <span className="story-settings__row-buttons">
                <button type="button" className="button button--quiet button--small" disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={t('authors.up', { name: authorName(a) })}>
                  ↑
                </button>
                <button type="button" className="button button--quiet button--small" disabled={i === settings.authors.length - 1} onClick={() => move(i, i + 1)} aria-label={t('authors.down', { name: authorName(a) })}>
                  ↓
                </button>
                <button type="button" className="button button--quiet button--small" onClick={() => void apply({ authors: settings.authors.filter((x) => x !== a) })} aria-label={t('authors.remove', { name: authorName(a) })}>
                  ×
                </button>
              </span>
            </li>
          ))}
        </ol>
        {settings.authors.length === 0 ? <p className="form__note">{t('authors.none')}</p> : null}
        {settings.authors.length < limits.authorsPerStory ? (
 <>
            <label htmlFor={`add-author-${settings.id}`}>{t('authors.add')}</label>
            <select id={`add-author-${settings.id}`} value="" onChange={(e) => e.target.value && void apply({ authors: [...settings.authors, Number(e.target.value)] })}>
              <option value="">{t('authors.choose')}</option>
              {settings.choices.authors
                .filter((a) => !settings.authors.includes(a.id))
                .map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
            </select>
          </>
        ) : null}
        {languages.map((l) => (
          <label key={l}>
            {t('byline', { language: localeNames[l] })}
            <input lang={l} value={shown.byline[l] ?? ''} maxLength={limits.byline} placeholder={settings.authors.map(authorName).join(', ')} onChange={(e) => typed('byline', l, e.target.value)} onBlur={() => send('byline')} />
          </label>
        ))}
        <p className="form__note">{t('bylineHint')}</p>
      </fieldset>

      <fieldset disabled={!editable} className="story-settings__group">
        <legend>{t('bureau.title')}</legend>
        <label htmlFor={`bureau-${settings.id}`}>{t('bureau.label')}</label>
        <select id={`bureau-${settings.id}`} value={shownBureau ?? ''} onChange={(e) => void apply({ bureauId: e.target.value ? Number(e.target.value) : null })}>
            <option value="">{t('bureau.none')}</option>
            {settings.choices.bureaus.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
        </select>
        {languages.map((l) => (
          <label key={l}>
            {t('dateline', { language: localeNames[l] })}
            <input lang={l} value={shown.dateline[l] ?? ''} maxLength={limits.dateline} placeholder={bureau?.dateline[l] ?? ''} onChange={(e) => typed('dateline', l, e.target.value)} onBlur={() => send('dateline')} />
          </label>
        ))}
        <p className="form__note">{t('datelineHint')}</p>
      </fieldset>

      <div className="story-settings__group">
        <h3>{t('cover.title')}</h3>
        {settings.cover ? (
          <div className="cover-preview">
            <figure>
              <Image src={settings.cover.src} alt="" width={settings.cover.width} height={settings.cover.height} sizes="300px" className="cover-preview__card" />
              <figcaption>{t('cover.card')}</figcaption>
            </figure>
            <figure>
              <Image src={settings.cover.src} alt="" width={settings.cover.width} height={settings.cover.height} sizes="300px" className="cover-preview__share" />
              <figcaption>{t('cover.share')}</figcaption>
            </figure>
            <p className="form__note">{settings.cover.texts[locale].alt || t('cover.noAlt')}</p>
          </div>
        ) : (
          <p className="form__note">{t('cover.none')}</p>
        )}
        {editable ? (
          <>
            {choices.length ? (
              <fieldset className="cover-choices">
                <legend>{t('cover.fromExhibition')}</legend>
                {choices.map((item) => (
                  <label key={item.id} className="cover-choice">
                    <input type="radio" name={`cover-${settings.id}`} checked={shownCover === item.id} onChange={() => void apply({ coverId: item.id })} />
                    <Image src={item.src} alt="" width={item.width} height={item.height} sizes="72px" />
                    <span className="visually-hidden">{item.texts[locale].alt || item.originalName || `#${item.id}`}</span>
                  </label>
                ))}
              </fieldset>
            ) : null}
            <button type="button" className="button button--quiet" onClick={() => setPicking(true)}>
              {t('cover.fromLibrary')}
            </button>{' '}
            {settings.cover ? (
              <button type="button" className="button button--quiet" onClick={() => void apply({ coverId: null })}>
                {t('cover.remove')}
              </button>
            ) : null}
            <MediaPicker open={picking} multiple={false} search={search} onClose={() => setPicking(false)} onChoose={([item]) => (setPicking(false), item ? void apply({ coverId: item.id }) : undefined)} />
          </>
        ) : null}
      </div>

      {breaking}

      <div className="story-settings__group">
        <h3>{t('addresses')}</h3>
        <ul className="story-settings__addresses">
          {settings.variants.map((v) => (
            <li key={v.locale}>
              <strong lang={v.locale}>{localeNames[v.locale]}</strong> <small>{tStatus(v.status)}</small>
              <br />
              {v.url ? (
                <a href={v.url} target="_blank" rel="noopener">
                  {v.url}
                </a>
              ) : (
                <code>/{v.locale}/news/{v.slug}</code>
              )}
            </li>
          ))}
        </ul>
        <p className="form__note">{t('addressesHint')}</p>
      </div>
    </section>
  );
}
