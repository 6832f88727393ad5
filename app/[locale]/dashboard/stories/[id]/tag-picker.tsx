'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { TagChoice } from '@/db/queries/story-settings';
import { localeNames, locales, type Locale } from '@/i18n/locales';
import { limits } from '@/lib/field-limits';
import { searchTagsAction } from './actions';

export type TagValue = { id: number; slug: string; names: Partial<Record<Locale, string>> };
type Props = {
  tags: TagValue[];
  sourceLocale: Locale;
  disabled: boolean;
  onAdd: (tag: { id: number } | { names: Partial<Record<Locale, string>> }) => void;
  onRemove: (id: number) => void;
};

const label = (tag: { names: Partial<Record<Locale, string>>; slug?: string }, locale: Locale) =>
  tag.names[locale] || Object.values(tag.names).find(Boolean) || tag.slug || '';

/**
 * The story's tags: chips with a remove button, and a combobox that finds tags by their name in any language
 * as one types (arrows, Enter, Escape), or offers to create the typed one with its names in each language.
 */
export function TagPicker({ tags, sourceLocale, disabled, onAdd, onRemove }: Props) {
  const t = useTranslations('Settings.tags');
  const locale = useLocale() as Locale;
  const id = useId();
  const [q, setQ] = useState('');
  const [found, setFound] = useState<TagChoice[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [creating, setCreating] = useState<Partial<Record<Locale, string>> | null>(null);
  const [missing, setMissing] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const firstName = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const query = q.trim();
    if (!query) {
      setFound([]);
      return;
    }
    let current = true;
    const timer = setTimeout(async () => {
      const answer = await searchTagsAction({ q: query }).catch(() => null);
      if (current && answer?.ok) setFound(answer.tags.filter((f) => !tags.some((tag) => tag.id === f.id)));
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [q, tags]);

  useEffect(() => {
    if (creating) firstName.current?.focus();
  }, [creating]);

  const exact = found.some((f) => Object.values(f.names).some((n) => n?.toLowerCase() === q.trim().toLowerCase()));
  const options = [...found.map((f) => ({ kind: 'tag' as const, tag: f })), ...(q.trim() && !exact ? [{ kind: 'create' as const }] : [])];

  const choose = (index: number) => {
    const option = options[index];
    if (!option) return;
    if (option.kind === 'tag') {
      onAdd({ id: option.tag.id });
      setQ('');
      setOpen(false);
    } else {
      setCreating({ [locale]: q.trim() });
      setOpen(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, options.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      // Nothing highlighted: the first suggestion (the closest match, or "create").
      if (open && options.length) choose(Math.max(active, 0));
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };

  const create = () => {
    if (!creating?.[sourceLocale]?.trim()) {
      setMissing(true);
      return;
    }
    onAdd({ names: creating });
    setCreating(null);
    setMissing(false);
    setQ('');
    input.current?.focus();
  };

  return (
    <div className="tag-picker">
      <ul className="chips" aria-label={t('chosen')}>
        {tags.map((tag) => (
          <li key={tag.id} className="chip">
            <span>{label(tag, locale)}</span>
            {!disabled ? (
              <button type="button" className="chip__remove" onClick={() => onRemove(tag.id)} aria-label={t('remove', { name: label(tag, locale) })}>
                ×
              </button>
            ) : null}
          </li>
        ))}
        {tags.length === 0 ? <li className="form__note">{t('none')}</li> : null}
      </ul>
      {!disabled ? (
        <div className="combobox">
          <label htmlFor={`${id}-input`}>{t('add')}</label>
          <input
            ref={input}
            id={`${id}-input`}
            role="combobox"
            aria-expanded={open && options.length > 0}
            aria-controls={`${id}-list`}
            aria-autocomplete="list"
            aria-activedescendant={open && options.length && active >= 0 ? `${id}-option-${active}` : undefined}
            autoComplete="off"
            value={q}
            maxLength={limits.tagName}
            onChange={(e) => (setQ(e.target.value), setOpen(true), setActive(-1))}
            onKeyDown={onKeyDown}
            onBlur={() => setTimeout(() => setOpen(false), 150)}
          />
          <ul id={`${id}-list`} role="listbox" className="combobox__list" hidden={!open || options.length === 0} aria-label={t('suggestions')}>
            {options.map((option, i) => (
              <li
                key={option.kind === 'tag' ? option.tag.id : 'create'}
                id={`${id}-option-${i}`}
                role="option"
                aria-selected={i === active}
                className="combobox__option"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(i)}
              >
                {option.kind === 'tag' ? label(option.tag, locale) : t('create', { name: q.trim() })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {creating ? (
        <fieldset className="tag-picker__new">
          <legend>{t('newTag')}</legend>
          {locales.map((l, i) => (
            <label key={l}>
              {localeNames[l]}
              {l === sourceLocale ? ` (${t('required')})` : ''}
              <input
                ref={i === 0 ? firstName : undefined}
                lang={l}
                value={creating[l] ?? ''}
                maxLength={limits.tagName}
                aria-invalid={l === sourceLocale && missing ? true : undefined}
                onChange={(e) => setCreating((c) => ({ ...c, [l]: e.target.value }))}
                onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), create())}
              />
            </label>
          ))}
          <p className="form__note">{t('namesHint')}</p>
          {missing ? (
            <p className="form__error" role="alert">
              {t('sourceNameRequired', { language: localeNames[sourceLocale] })}
            </p>
          ) : null}
          <button type="button" className="button" onClick={create}>
            {t('createButton')}
          </button>{' '}
          <button type="button" className="button button--quiet" onClick={() => (setCreating(null), setMissing(false), input.current?.focus())}>
            {t('cancel')}
          </button>
        </fieldset>
      ) : null}
    </div>
  );
}
