'use server';

import { updateTag } from 'next/cache';
import { AccessDenied } from '@/db/queries/staff';
import type { SaveResult, VariantInput } from '@/db/queries/stories';
import { markTranslationReviewed, saveTranslation, type ReviewedResult } from '@/db/queries/translations';
import { isLocale } from '@/i18n/locales';

const validIds = (id: number, lang: string, ...numbers: number[]) =>
  Number.isInteger(id) && id > 0 && isLocale(lang) && numbers.every((n) => Number.isInteger(n) && n >= 0);

/** Saves a translation made against the source revision the translator was shown. */
export async function saveTranslationAction(id: number, lang: string, input: VariantInput, baseRevision: number, sourceRevision: number): Promise<SaveResult | { ok: false; error: 'forbidden' | 'invalid' }> {
  if (!validIds(id, lang, baseRevision, sourceRevision) || !isLocale(lang)) return { ok: false, error: 'invalid' };
  try {
    const result = await saveTranslation(id, lang, input, baseRevision, sourceRevision);
    if (result.ok) for (const tag of result.revalidate) updateTag(tag);
    return result;
  } catch (error) {
    if (error instanceof AccessDenied) return { ok: false, error: 'forbidden' };
    throw error;
  }
}

/** Marks an outdated translation as checked against the current source. */
export async function markReviewedAction(id: number, lang: string, sourceRevision: number): Promise<ReviewedResult | { ok: false; error: 'forbidden' | 'invalid' }> {
  if (!validIds(id, lang, sourceRevision) || !isLocale(lang)) return { ok: false, error: 'invalid' };
  try {
    return await markTranslationReviewed(id, lang, sourceRevision);
  } catch (error) {
    if (error instanceof AccessDenied) return { ok: false, error: 'forbidden' };
    throw error;
  }
}
