'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { MediaText } from '@/db/queries/media';
import { localeNames, locales, type Locale } from '@/i18n/locales';
import { limits } from '@/lib/field-limits';
import { keepValuesOnSubmit } from '../../keep-values';
import { describeMediaAction, type DescribeState } from '../actions';

type Props = { id: number; texts: Record<Locale, MediaText>; editable: Locale[] };

const ISSUES = ['altTooLong', 'captionTooLong', 'creditTooLong'] as const;

/** Alt text, caption and credit per language; languages the caller may not write are shown read-only. */
export function MediaTextForm({ id, texts, editable }: Props) {
  const t = useTranslations('Media.form');
  const [state, dispatch, pending] = useActionState<DescribeState, FormData>(describeMediaAction.bind(null, useLocale() as Locale), {});
  const value = (lang: Locale, field: keyof MediaText) => state.values?.[lang]?.[field] ?? texts[lang][field];
  return (
    <form action={dispatch} onSubmit={keepValuesOnSubmit(dispatch)} className="media-form">
      <input type="hidden" name="id" value={id} />
      {locales.map((lang) => {
        const mine = editable.includes(lang);
        return (
          <fieldset key={lang} lang={lang} disabled={!mine}>
            <legend>{localeNames[lang]}</legend>
            {!mine ? <p className="form__note">{t('readOnly')}</p> : null}
            <label className="editor__field">
              {t('alt')}
              <input name={`alt-${lang}`} defaultValue={value(lang, 'alt')} maxLength={limits.photoAlt} aria-describedby={`alt-hint-${lang}`} />
            </label>
            <p id={`alt-hint-${lang}`} className="form__note">
              {t('altHint')}
            </p>
            <label className="editor__field">
              {t('caption')}
              <textarea name={`caption-${lang}`} defaultValue={value(lang, 'caption')} maxLength={limits.photoCaption} rows={2} />
            </label>
            <label className="editor__field">
              {t('credit')}
              <input name={`credit-${lang}`} defaultValue={value(lang, 'credit')} maxLength={limits.photoCredit} />
            </label>
          </fieldset>
        );
      })}
      {state.error ? (
        <ul className="form__error" role="alert">
          {(state.issues?.length ? state.issues : [state.error]).map((code) => (
            <li key={code}>{t(`errors.${(ISSUES as readonly string[]).includes(code) || ['notFound', 'forbidden'].includes(code) ? (code as 'invalid') : 'invalid'}`)}</li>
          ))}
        </ul>
      ) : null}
      <p role="status" className="form__note">
        {state.ok ? t('saved') : ''}
      </p>
      {/* A translator with no languages assigned yet may read the texts, not save them. */}
      {editable.length > 0 ? (
        <button type="submit" className="button" disabled={pending}>
          {t('save')}
        </button>
      ) : null}
    </form>
  );
}
