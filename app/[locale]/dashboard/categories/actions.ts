'use server';

import { revalidatePath, updateTag } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import {
  createCategory,
  deleteCategory,
  renameCategory,
  type CreateCategoryError,
  type DeleteCategoryError,
  type RenameCategoryError,
} from '@/db/queries/categories';
import { AccessDenied } from '@/db/queries/staff';
import { defaultLocale, isLocale, locales, type Locale } from '@/i18n/locales';

/**
 * The categories screen's actions. Thin: the form's shape is checked here, the DAL (db/queries/categories.ts)
 * checks the caller and the values, and every answer is a message key under Categories.errors.
 */

type Refused = 'forbidden' | 'invalidInput';

/** Runs a DAL call; a signed-out caller goes to the sign-in page, a reporter or translator gets `forbidden`. */
async function guarded<T>(locale: Locale, call: () => Promise<T>): Promise<T | { ok: false; error: 'forbidden' }> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof AccessDenied) {
      if (error.reason === 'unauthenticated') redirect(`/${isLocale(locale) ? locale : defaultLocale}/login`);
      return { ok: false, error: 'forbidden' };
    }
    throw error;
  }
}

/** Readers see the change at once (lists, navigation, story pages), and the screen shows it. */
function expire(tags: string[]) {
  for (const tag of tags) updateTag(tag);
  revalidatePath('/[locale]/dashboard/categories', 'page');
}

const text = z.string().max(1000);
const namesForm = Object.fromEntries(locales.map((l) => [l, text])) as Record<Locale, typeof text>;
/** The name fields of a form, one per configured language. */
const namesFrom = (form: FormData) => Object.fromEntries(locales.map((l) => [l, form.get(l) ?? ''])) as Record<Locale, FormDataEntryValue>;
const idField = z.string().regex(/^[1-9][0-9]{0,9}$/).transform(Number);

/** What was typed, to put back into the form after an error. */
export type CategoryValues = { slug?: string } & Record<Locale, string>;

// --- New category ----------------------------------------------------------------------------------------------

export type CreateCategoryState = {
  ok?: boolean;
  error?: CreateCategoryError | Refused;
  /** The inputs the error is about (a language code, or 'slug'). */
  fields?: string[];
  /** The Russian name of the category just added (for the confirmation). */
  created?: string;
  values?: CategoryValues;
};

const newCategoryForm = z.object({ slug: text, ...namesForm });

export async function createCategoryAction(locale: Locale, _state: CreateCategoryState, form: FormData): Promise<CreateCategoryState> {
  const parsed = newCategoryForm.safeParse({ slug: form.get('slug') ?? '', ...namesFrom(form) });
  if (!parsed.success) return { ok: false, error: 'invalidInput' };
  const { slug, ...names } = parsed.data;
  const result = await guarded(locale, () => createCategory({ slug, names }));
  if (!result.ok) return { ok: false, error: result.error, fields: 'fields' in result ? result.fields : undefined, values: parsed.data };
  expire(result.revalidate);
  return { ok: true, created: names[defaultLocale].trim() };
}

// --- One category's row ----------------------------------------------------------------------------------------

export type RenameCategoryState = {
  ok?: boolean;
  error?: RenameCategoryError | Refused;
  fields?: string[];
  values?: CategoryValues;
};

const renameForm = z.object({ id: idField, ...namesForm });

export async function renameCategoryAction(locale: Locale, _state: RenameCategoryState, form: FormData): Promise<RenameCategoryState> {
  const parsed = renameForm.safeParse({ id: form.get('id'), ...namesFrom(form) });
  if (!parsed.success) return { ok: false, error: 'invalidInput' };
  const { id, ...names } = parsed.data;
  const result = await guarded(locale, () => renameCategory(id, names));
  if (!result.ok) return { ok: false, error: result.error, fields: 'fields' in result ? result.fields : undefined, values: names };
  expire(result.revalidate);
  return { ok: true };
}

export type DeleteCategoryState = { error?: DeleteCategoryError | Refused };

/** Deletes an unused category, then shows the screen again saying so (the row it was in is gone). */
export async function deleteCategoryAction(locale: Locale, _state: DeleteCategoryState, form: FormData): Promise<DeleteCategoryState> {
  const parsed = idField.safeParse(form.get('id'));
  if (!parsed.success) return { error: 'invalidInput' };
  const result = await guarded(locale, () => deleteCategory(parsed.data));
  if (!result.ok) return { error: result.error };
  expire(result.revalidate);
  redirect(`/${isLocale(locale) ? locale : defaultLocale}/dashboard/categories?deleted=${result.slug}`);
}
