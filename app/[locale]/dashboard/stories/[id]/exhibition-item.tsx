'use client';

import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import Image from 'next/image';
import { useLocale, useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import type { LibraryItem, MediaText } from '@/db/queries/media';
import { localeNames, locales, type Locale } from '@/i18n/locales';
import { limits } from '@/lib/field-limits';

type Props = {
  item: LibraryItem;
  index: number;
  total: number;
  isCover: boolean;
  canArrange: boolean;
  describable: Locale[];
  onRemove: () => void;
  onDescribe: (texts: Partial<Record<Locale, MediaText>>) => Promise<{ ok: boolean }>;
};

const CAPTION_SAVE_MS = 1200;

/** One photo of the exhibition: a drag handle, the cover choice, and its texts in each language. */
export function ExhibitionItem({ item, index, total, isCover, canArrange, describable, onRemove, onDescribe }: Props) {
  const t = useTranslations('Exhibition');
  const locale = useLocale() as Locale;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: item.id, disabled: !canArrange });
  const [texts, setTexts] = useState(item.texts);
  const [state, setState] = useState<'saved' | 'dirty' | 'saving' | 'error'>('saved');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(texts);
  const name = item.originalName ?? `#${item.id}`;

  const save = async () => {
    setState('saving');
    const sent = latest.current;
    const mine = Object.fromEntries(describable.map((l) => [l, sent[l]]));
    const result = await onDescribe(mine).catch(() => ({ ok: false }));
    // Typing during the save schedules another one: until it runs, the state stays "unsaved".
    setState(!result.ok ? 'error' : latest.current === sent ? 'saved' : 'dirty');
  };

  const edit = (lang: Locale, field: keyof MediaText, value: string) => {
    const next = { ...latest.current, [lang]: { ...latest.current[lang], [field]: value } };
    latest.current = next;
    setTexts(next);
    setState('dirty');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), CAPTION_SAVE_MS);
  };

  return (
    <li ref={setNodeRef} style={{ transform: CSS.Transform.toString(transform), transition }} className={`exhibition-item${isDragging ? ' exhibition-item--dragging' : ''}`} data-media-id={item.id}>
      <div className="exhibition-item__row">
        {canArrange ? (
          <button
            type="button"
            ref={setActivatorNodeRef}
            className="exhibition-item__handle"
            {...attributes}
            {...listeners}
            aria-describedby="exhibition-dnd-help"
            aria-label={t('move', { name, position: index + 1, total })}
          >
            ⠿
          </button>
        ) : null}
        <Image src={item.src} alt="" width={item.width} height={item.height} sizes="96px" className="exhibition-item__thumb" />
        <div className="exhibition-item__text">
          <span className="exhibition-item__position">{t('position', { position: index + 1, total })}</span>{' '}
          <span>{texts[locale].alt || <em className="library__missing">{t('noAlt')}</em>}</span>
          <small className="form__note"> {name}</small>
        </div>
        {isCover ? <span className="status-badge">{t('cover')}</span> : null}
        {canArrange ? (
          <button type="button" className="button button--quiet" onClick={onRemove} aria-label={t('removeNamed', { name })}>
            {t('remove')}
          </button>
        ) : null}
      </div>
      <details className="exhibition-item__texts">
        <summary>
          {t('texts')} <span className="form__note" role="status">{state === 'saving' ? t('saving') : state === 'dirty' ? t('unsaved') : state === 'error' ? t('errors.captions') : ''}</span>
        </summary>
        {locales.map((lang) => (
          <fieldset key={lang} lang={lang} disabled={!describable.includes(lang)}>
            <legend>{localeNames[lang]}</legend>
            <label className="editor__field">
              {t('alt')}
              <input value={texts[lang].alt} maxLength={limits.photoAlt} onChange={(e) => edit(lang, 'alt', e.target.value)} />
            </label>
            <label className="editor__field">
              {t('caption')}
              <textarea value={texts[lang].caption} maxLength={limits.photoCaption} rows={2} onChange={(e) => edit(lang, 'caption', e.target.value)} />
            </label>
            <label className="editor__field">
              {t('credit')}
              <input value={texts[lang].credit} maxLength={limits.photoCredit} onChange={(e) => edit(lang, 'credit', e.target.value)} />
            </label>
          </fieldset>
        ))}
      </details>
    </li>
  );
}
