'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState, useEffect, useId, useRef, type RefObject } from 'react';
import { locales, type Locale } from '@/i18n/locales';
import { languageName } from '@/lib/language-name';
import { limits } from '@/lib/field-limits';
import { ActionError } from '../action-message';
import { keepValuesOnSubmit } from '../keep-values';
import {
  createCategoryAction,
  deleteCategoryAction,
  renameCategoryAction,
  type CategoryValues,
  type CreateCategoryState,
  type DeleteCategoryState,
  type RenameCategoryState,
} from './actions';

type Names = Record<Locale, string>;

/** After an error about particular inputs, focus goes to the first of them. */
function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>, state: { fields?: string[] }) {
  useEffect(() => {
    const first = state.fields?.[0];
    const input = first ? form.current?.elements.namedItem(first) : null;
    if (input instanceof HTMLInputElement) input.focus();
  }, [form, state]);
}

type NameInputsProps = { values: Partial<CategoryValues> | undefined; fields?: string[]; errorId: string; hintId?: string };

/** The name in each language: its own label, and `lang` so spelling and speech follow the language typed. */
function NameInputs({ values, fields, errorId, hintId }: NameInputsProps) {
  const t = useTranslations('Categories');
  const uiLocale = useLocale();
  return (
    <>
      {locales.map((l) => {
        const invalid = fields?.includes(l);
        return (
          <label key={l}>
            {t('nameIn', { language: languageName(l, uiLocale) })}
            <input
              name={l}
              lang={l}
              required
              maxLength={limits.sectionName}
              autoComplete="off"
              defaultValue={values?.[l]}
              aria-invalid={invalid || undefined}
              aria-describedby={[invalid ? errorId : null, hintId].filter(Boolean).join(' ') || undefined}
            />
          </label>
        );
      })}
    </>
  );
}

/** The form for a new category. After an error everything typed stays; after success it clears. */
export function NewCategoryForm({ locale }: { locale: Locale }) {
  const t = useTranslations('Categories');
  const [state, dispatch, pending] = useActionState<CreateCategoryState, FormData>(createCategoryAction.bind(null, locale), {});
  const form = useRef<HTMLFormElement>(null);
  const id = useId();
  useEffect(() => {
    if (state.ok) form.current?.reset();
  }, [state]);
  useFocusFirstInvalid(form, state);
  const values = state.ok ? undefined : state.values;
  const slugInvalid = state.fields?.includes('slug');
  return (
    <section aria-labelledby={`${id}-title`} className="category-new">
      <h2 id={`${id}-title`}>{t('newTitle')}</h2>
      <div role="status">{state.ok && state.created ? <p>{t('created', { name: state.created })}</p> : null}</div>
      <form ref={form} action={dispatch} onSubmit={keepValuesOnSubmit(dispatch)} className="form narrow" noValidate>
        {state.error ? (
          <ActionError namespace="Categories" error={state.error} id={`${id}-error`} />
        ) : null}
        <p className="form__note" id={`${id}-names-hint`}>
          {t('namesHint')}
        </p>
        <NameInputs values={values} fields={state.fields} errorId={`${id}-error`} hintId={`${id}-names-hint`} />
        <label>
          {t('slug')}
          <input
            name="slug"
            maxLength={60}
            autoComplete="off"
            spellCheck={false}
            defaultValue={values?.slug}
            aria-invalid={slugInvalid || undefined}
            aria-describedby={[slugInvalid ? `${id}-error` : null, `${id}-slug-hint`].filter(Boolean).join(' ')}
          />
        </label>
        <p className="form__note" id={`${id}-slug-hint`}>
          {t('slugHint')}
        </p>
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('creating') : t('create')}
        </button>
      </form>
    </section>
  );
}

type Row = { locale: Locale; id: number; names: Names };

/** A row's names in every language, behind a "Rename" disclosure (works without JavaScript too). */
export function RenameCategoryForm({ locale, id, names }: Row) {
  const t = useTranslations('Categories');
  const [state, dispatch, pending] = useActionState<RenameCategoryState, FormData>(renameCategoryAction.bind(null, locale), {});
  const form = useRef<HTMLFormElement>(null);
  const errorId = `${useId()}-error`;
  useFocusFirstInvalid(form, state);
  const values = state.error && state.values ? state.values : names;
  return (
    <details className="category-rename">
      <summary aria-label={t('renameFor', { name: names[locale] })}>{t('rename')}</summary>
      <form ref={form} action={dispatch} onSubmit={keepValuesOnSubmit(dispatch)} className="form" noValidate>
        <input type="hidden" name="id" value={id} />
        {state.error ? (
          <ActionError namespace="Categories" error={state.error} id={errorId} />
        ) : null}
        <NameInputs values={values} fields={state.fields} errorId={errorId} />
        <div className="category-rename__buttons">
          <button type="submit" className="button button--quiet" disabled={pending}>
            {pending ? t('saving') : t('save')}
          </button>
          <span role="status">{state.ok ? t('saved') : null}</span>
        </div>
      </form>
    </details>
  );
}

/** Deletes a row's category; refused, with the reason, while stories use it. */
export function DeleteCategoryForm({ locale, id, names }: Row) {
  const t = useTranslations('Categories');
  const [state, dispatch, pending] = useActionState<DeleteCategoryState, FormData>(deleteCategoryAction.bind(null, locale), {});
  return (
    <form action={dispatch} className="category-delete">
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="button button--quiet" disabled={pending} aria-label={t('deleteFor', { name: names[locale] })}>
        {pending ? t('deleting') : t('delete')}
      </button>
      {state.error ? (
        <ActionError namespace="Categories" error={state.error} />
      ) : null}
    </form>
  );
}
