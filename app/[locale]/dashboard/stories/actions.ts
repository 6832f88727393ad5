'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { scheduleVariant, setVariantStatus, statusActions } from '@/db/queries/publishing';
import { createStory, deleteStory, restoreRevision, saveVariant, type VariantInput } from '@/db/queries/stories';
import { locales } from '@/i18n/locales';
import { newsroomTimeZone } from '@/lib/config';
import { rowId } from '@/lib/ids';
import { instantFromNewsroomTime } from '@/lib/newsroom-time';
import { newsroomAction, newsroomFormAction, type Answer, type Refusal } from '../newsroom-action';

const locale = z.enum(locales);
const idField = z.string().regex(/^[1-9][0-9]{0,9}$/).transform(Number).pipe(rowId);

// --- A new story -------------------------------------------------------------------------------------------------

export type CreateState = { error?: string; title?: string; category?: string };

export const createStoryAction = newsroomFormAction({
  fields: (form) => ({ title: form.get('title') ?? '', category: form.get('category') ?? '' }),
  input: z.object({ title: z.string().max(5000), category: z.string().max(200) }),
  call: (input) => createStory(input),
  state: (answer, values, language): CreateState => {
    if (answer.ok) redirect(`/${language}/dashboard/stories/${answer.id}`);
    return { error: answer.error, title: values?.title, category: values?.category };
  },
});

// --- The editor --------------------------------------------------------------------------------------------------

const saveInput = z.object({
  id: rowId,
  locale,
  // The DAL parses the text itself (variantInputSchema): its messages are the editor's error keys.
  text: z.custom<VariantInput>((v) => typeof v === 'object' && v !== null),
  base: z.number().int().min(0),
});

/** Autosave and "Save": the working text of one language (pending changes, for a published one). */
export const saveVariantAction = newsroomAction(saveInput, (i) => saveVariant(i.id, i.locale, i.text, i.base));

/** Submit, publish, update, discard, unpublish, unschedule. */
export const setStatusAction = newsroomAction(z.object({ id: rowId, locale, action: z.enum(statusActions) }), (i) => setVariantStatus(i.id, i.locale, i.action));

/** Schedules a variant for a time on the newsroom's clock (BUREAU_TIME_ZONE), as typed in the form. */
export const scheduleAction = newsroomAction(
  z.object({
    id: rowId,
    locale,
    at: z
      .string()
      .max(40)
      .transform((at, ctx) => instantFromNewsroomTime(at, newsroomTimeZone) ?? (ctx.addIssue({ code: 'custom', message: 'scheduleInvalid' }), z.NEVER)),
  }),
  (i) => scheduleVariant(i.id, i.locale, i.at),
);

// --- Revisions ---------------------------------------------------------------------------------------------------

export type RestoreState = Answer<Awaited<ReturnType<typeof restoreRevision>>> | Refusal | Record<string, never>;

/** Restores an old revision as the working text (pending changes, for a published variant), then says so. */
export const restoreRevisionAction = newsroomFormAction({
  fields: (form) => ({ id: form.get('id'), lang: form.get('lang'), revision: form.get('revision') }),
  input: z.object({ id: idField, lang: locale, revision: idField }),
  call: (i) => restoreRevision(i.id, i.lang, i.revision),
  state: (answer, values, language): RestoreState => {
    if (answer.ok && values) redirect(`/${language}/dashboard/stories/${values.id}/revisions/${values.lang}?restored=${answer.pending ? 'pending' : '1'}`);
    return answer;
  },
});

// --- Deleting ----------------------------------------------------------------------------------------------------

export type DeleteStoryState = { error?: string };

/**
 * Deletes a story in every language (admins and editors: the DAL checks), expires every page it had, and goes
 * back to the story list, which says it is done.
 */
export const deleteStoryAction = newsroomFormAction({
  fields: (form) => ({ id: form.get('id') }),
  input: z.object({ id: idField }),
  call: (i) => deleteStory(i.id),
  state: (answer, _values, language): DeleteStoryState => {
    if (answer.ok) redirect(`/${language}/dashboard?deleted=1`);
    return { error: answer.error === 'invalid' ? 'notFound' : answer.error };
  },
});
