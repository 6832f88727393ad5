'use server';

import { updateTag } from 'next/cache';
import { describeMedia, listMedia, type LibraryPage, type MediaTextsInput } from '@/db/queries/media';
import { AccessDenied } from '@/db/queries/staff';
import { locales, type Locale } from '@/i18n/locales';

/** The library for the photo pickers (exhibition, inline images). */
export async function searchLibraryAction(q: string, page: number): Promise<LibraryPage | { error: 'forbidden' | 'invalid' }> {
  if (typeof q !== 'string' || !Number.isInteger(page) || page < 1 || page > 10_000) return { error: 'invalid' };
  try {
    return await listMedia({ q: q.slice(0, 100), page, perPage: 24 });
  } catch (error) {
    if (error instanceof AccessDenied) return { error: 'forbidden' };
    throw error;
  }
}

export type DescribeState = {
  ok?: boolean;
  error?: 'invalid' | 'notFound' | 'forbidden';
  issues?: string[];
  /** What was typed, kept in the form when it is refused. */
  values?: MediaTextsInput;
};

/** Alt text, caption and credit of one photo, in the languages the caller may write. */
export async function describeMediaTexts(id: number, texts: MediaTextsInput): Promise<DescribeState> {
  if (!Number.isInteger(id) || id <= 0 || typeof texts !== 'object' || texts === null) return { error: 'invalid' };
  try {
    const result = await describeMedia(id, texts);
    if (!result.ok) return { error: result.error, issues: result.issues };
    for (const tag of result.revalidate) updateTag(tag);
    return { ok: true };
  } catch (error) {
    if (error instanceof AccessDenied) return { error: 'forbidden' };
    throw error;
  }
}

/** The photo's description form: fields `alt-{lang}`, `caption-{lang}`, `credit-{lang}` for the languages sent. */
export async function describeMediaAction(id: number, _state: DescribeState, form: FormData): Promise<DescribeState> {
  const texts: MediaTextsInput = {};
  for (const lang of locales) {
    if (!form.has(`alt-${lang}`)) continue;
    const field = (name: string) => String(form.get(`${name}-${lang}`) ?? '').slice(0, 5000);
    texts[lang as Locale] = { alt: field('alt'), caption: field('caption'), credit: field('credit') };
  }
  const result = await describeMediaTexts(id, texts);
  return result.ok ? result : { ...result, values: texts };
}

