'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { createCategory, deleteCategory, renameCategory, type CreateCategoryError, type DeleteCategoryError, type RenameCategoryError } from '@/db/queries/categories';
import { defaultLocale, locales, type Locale } from '@/i18n/locales';
import { rowId } from '@/lib/ids';
import { newsroomFormAction, type Refusal } from '../newsroom-action';

/**
 * The categories screen's actions, on the newsroom's write path (newsroom-action.ts): the form's shape is
 * checked here, the DAL (db/queries/categories.ts) checks the caller and the values, and every answer is a
 * message key under Categories.errors (or the newsroom's common ones).
 */

type Refused = Refusal['error'];
const screens = ['/[locale]/dashboard/categories'];

const text = z.string().max(1000);
const namesForm = Object.fromEntries(locales.map((l) => [l, text])) as Record<Locale, typeof text>;
/** The name fields of a form, one per configured language. */
const namesFrom = (form: FormData) => Object.fromEntries(locales.map((l) => [l, form.get(l) ?? ''])) as Record<Locale, FormDataEntryValue>;
const idField = z.string().regex(/^[1-9][0-9]{0,9}$/).transform(Number).pipe(rowId);
const fieldsOf = (answer: object) => ('fields' in answer ? (answer.fields as string[] | undefined) : undefined);

/** What was typed, to put back into the form after an error. */
export type CategoryValues = { slug?: string } & Record<Locale, string>;

// --- New category ----------------------------------------------------------------------------------------------

export type CreateCategoryState = {
  ok?: boolean;
  error?: CreateCategoryError | Refused;
  /** The inputs the error is about (a language code, or 'slug'). */
  fields?: string[];
  /** The name of the category just added, in the source language (for the confirmation). */
  created?: string;
  values?: CategoryValues;
};

export const createCategoryAction = newsroomFormAction({
  fields: (form) => ({ slug: form.get('slug') ?? '', ...namesFrom(form) }),
  input: z.object({ slug: text, ...namesForm }),
  call: ({ slug, ...names }) => createCategory({ slug, names }),
  screens,
  state: (answer, values): CreateCategoryState =>
    answer.ok ? { ok: true, created: values?.[defaultLocale].trim() } : { ok: false, error: answer.error, fields: fieldsOf(answer), values: values ?? undefined },
});

// --- One category's row ----------------------------------------------------------------------------------------

export type RenameCategoryState = {
  ok?: boolean;
  error?: RenameCategoryError | Refused;
  fields?: string[];
  values?: CategoryValues;
};

export const renameCategoryAction = newsroomFormAction({
  fields: (form) => ({ id: form.get('id'), ...namesFrom(form) }),
  input: z.object({ id: idField, ...namesForm }),
  call: ({ id, ...names }) => renameCategory(id, names),
  screens,
  state: (answer, values): RenameCategoryState => {
    if (answer.ok) return { ok: true };
    const { id: _id, ...names } = values ?? { id: 0 };
    return { ok: false, error: answer.error, fields: fieldsOf(answer), values: values ? (names as CategoryValues) : undefined };
  },
});

export type DeleteCategoryState = { error?: DeleteCategoryError | Refused };

/** Deletes an unused category, then shows the screen again saying so (the row it was in is gone). */
export const deleteCategoryAction = newsroomFormAction({
  fields: (form) => ({ id: form.get('id') }),
  input: z.object({ id: idField }),
  call: (i) => deleteCategory(i.id),
  screens,
  state: (answer, _values, language): DeleteCategoryState => {
    if (answer.ok) redirect(`/${language}/dashboard/categories?deleted=${answer.slug}`);
    return { error: answer.error };
  },
});
