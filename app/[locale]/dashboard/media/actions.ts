'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { deleteMedia, describeMedia, listMedia, type MediaTextsInput, type MediaUsage } from '@/db/queries/media';
import { defaultLocale, locales, type Locale } from '@/i18n/locales';
import { limits } from '@/lib/field-limits';
import { rowId } from '@/lib/ids';
import { newsroomAction, newsroomFormAction, type Refusal } from '../newsroom-action';

/** The library for the photo pickers (exhibition, inline images). */
export const searchLibraryAction = newsroomAction(
  z.object({ q: z.string().transform((q) => q.slice(0, limits.librarySearch)), page: z.number().int().min(1).max(10_000) }),
  async (i) => ({ ok: true as const, ...(await listMedia({ q: i.q, page: i.page, perPage: 24 })) }),
);

const texts = z.custom<MediaTextsInput>((v) => typeof v === 'object' && v !== null);

/** Alt text, caption and credit of one photo, in the languages the caller may write. */
export const describeMediaTexts = newsroomAction(z.object({ id: rowId, texts }), (i) => describeMedia(i.id, i.texts));

export type DescribeState = {
  ok?: boolean;
  error?: string;
  issues?: string[];
  /** What was typed, kept in the form when it is refused. */
  values?: MediaTextsInput;
};

/** The photo's description form: fields `id`, `alt-{lang}`, `caption-{lang}`, `credit-{lang}` for the languages sent. */
export const describeMediaAction = newsroomFormAction({
  fields: (form) => {
    const given: MediaTextsInput = {};
    for (const lang of locales) {
      if (!form.has(`alt-${lang}`)) continue;
      const field = (name: string) => String(form.get(`${name}-${lang}`) ?? '').slice(0, 5000);
      given[lang as Locale] = { alt: field('alt'), caption: field('caption'), credit: field('credit') };
    }
    return { id: form.get('id'), texts: given };
  },
  input: z.object({ id: z.string().regex(/^[1-9][0-9]{0,9}$/).transform(Number).pipe(rowId), texts }),
  call: (i) => describeMedia(i.id, i.texts),
  state: (answer: { ok: true } | { ok: false; error: string; issues?: string[] } | Refusal, values): DescribeState =>
    answer.ok ? { ok: true } : { error: answer.error, issues: answer.issues, values: values?.texts },
});

export type DeletePhotoState = {
  error?: string;
  /** When the photo is in use: the stories that use it, to show instead of the button. */
  usedBy?: MediaUsage[];
};

/**
 * Deletes an unused photo (admins and editors: the DAL checks) and goes back to the library, which says it is done.
 * Fields: `id`, and `locale` (the dashboard's language, for the titles of the stories that use it, if any).
 */
export const deleteMediaAction = newsroomFormAction({
  fields: (form) => ({ id: form.get('id'), locale: form.get('locale') }),
  input: z.object({ id: z.string().regex(/^[1-9][0-9]{0,9}$/).transform(Number).pipe(rowId), locale: z.enum(locales).catch(defaultLocale) }),
  call: (i) => deleteMedia(i.id, i.locale),
  state: (answer, _values, language): DeletePhotoState => {
    if (answer.ok) redirect(`/${language}/dashboard/media?deleted=1`);
    if ('usedBy' in answer) return { error: answer.error, usedBy: answer.usedBy };
    return { error: answer.error === 'invalid' ? 'notFound' : answer.error };
  },
});
