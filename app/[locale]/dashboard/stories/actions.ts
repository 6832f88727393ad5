'use server';

import { updateTag } from 'next/cache';
import { redirect } from 'next/navigation';
import { AccessDenied } from '@/db/queries/staff';
import { createStory, deleteStory, restoreRevision, saveVariant, scheduleVariant, setVariantStatus, type ScheduleResult, type SaveResult, type StatusAction, type StatusResult, type VariantInput } from '@/db/queries/stories';
import { isLocale, type Locale } from '@/i18n/locales';

export type CreateState = { error?: 'titleRequired' | 'titleTooLong' | 'unknownCategory' | 'invalid' | 'forbidden'; title?: string; category?: string };

/** Readers see a change at once: the cached pages it touched are expired now, not at their next visit. */
function revalidate(tags: string[]) {
  for (const tag of tags) updateTag(tag);
}

export async function createStoryAction(locale: Locale, _state: CreateState, form: FormData): Promise<CreateState> {
  const title = String(form.get('title') ?? '').slice(0, 1000);
  const category = String(form.get('category') ?? '');
  if (!title.trim()) return { error: 'titleRequired', title, category };
  if (title.trim().length > 300) return { error: 'titleTooLong', title, category };
  let result;
  try {
    result = await createStory({ title, category });
  } catch (error) {
    if (error instanceof AccessDenied) return { error: 'forbidden', title, category };
    throw error;
  }
  if (!result.ok) return { error: result.error, title, category };
  redirect(`/${locale}/dashboard/stories/${result.id}`);
}

export type SaveActionResult = SaveResult | { ok: false; error: 'forbidden' };

export async function saveVariantAction(id: number, locale: string, input: VariantInput, baseRevision: number): Promise<SaveActionResult> {
  if (!Number.isInteger(id) || id <= 0 || !isLocale(locale) || !Number.isInteger(baseRevision) || baseRevision < 0) {
    return { ok: false, error: 'invalid' };
  }
  try {
    const result = await saveVariant(id, locale, input, baseRevision);
    if (result.ok) revalidate(result.revalidate);
    return result;
  } catch (error) {
    if (error instanceof AccessDenied) return { ok: false, error: 'forbidden' };
    throw error;
  }
}

export async function setStatusAction(id: number, locale: string, action: StatusAction): Promise<StatusResult | { ok: false; error: 'forbidden' | 'invalid' }> {
  if (!Number.isInteger(id) || id <= 0 || !isLocale(locale) || !['submit', 'publish', 'unpublish'].includes(action)) return { ok: false, error: 'invalid' };
  try {
    const result = await setVariantStatus(id, locale, action);
    if (result.ok) revalidate(result.revalidate);
    return result;
  } catch (error) {
    if (error instanceof AccessDenied) return { ok: false, error: 'forbidden' };
    throw error;
  }
}

/** Restores an old revision as the current text (a save like any other), then returns to the editor. */
export async function restoreRevisionAction(id: number, lang: string, locale: Locale, form: FormData): Promise<void> {
  const revisionId = Number(form.get('revision'));
  if (!Number.isInteger(id) || !isLocale(lang) || !Number.isInteger(revisionId) || revisionId <= 0) redirect(`/${locale}/dashboard`);
  const result = await restoreRevision(id, lang, revisionId);
  if (result.ok) revalidate(result.revalidate);
  redirect(`/${locale}/dashboard/stories/${id}/revisions/${lang}?${result.ok ? 'restored=1' : `error=${result.error}`}`);
}

export async function scheduleAction(id: number, locale: string, at: string): Promise<ScheduleResult | { ok: false; error: 'forbidden' | 'invalid' }> {
  if (!Number.isInteger(id) || id <= 0 || !isLocale(locale) || typeof at !== 'string' || at.length > 40) return { ok: false, error: 'invalid' };
  try {
    return await scheduleVariant(id, locale, new Date(at));
  } catch (error) {
    if (error instanceof AccessDenied) return { ok: false, error: 'forbidden' };
    throw error;
  }
}

export type DeleteStoryState = { error?: 'forbidden' | 'notFound' };

/**
 * Deletes a story in every language (admins and editors: the DAL checks), expires every page it had, and goes
 * back to the story list, which says it is done.
 */
export async function deleteStoryAction(locale: Locale, _state: DeleteStoryState, form: FormData): Promise<DeleteStoryState> {
  const back: Locale = isLocale(locale) ? locale : 'ru';
  const raw = form.get('id');
  const id = typeof raw === 'string' && /^[1-9][0-9]{0,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(id)) return { error: 'notFound' };
  let result;
  try {
    result = await deleteStory(id);
  } catch (error) {
    if (error instanceof AccessDenied) {
      if (error.reason === 'unauthenticated') redirect(`/${back}/login`);
      return { error: 'forbidden' };
    }
    throw error;
  }
  if (!result.ok) return { error: result.error };
  revalidate(result.revalidate);
  redirect(`/${back}/dashboard?deleted=1`);
}
