'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { restorePageRevision, savePage, type PageInput, type PageSaveResult } from '@/db/queries/pages';
import { locales } from '@/i18n/locales';
import { agencyPageSlugs } from '@/lib/agency-pages';
import { newsroomAction, newsroomFormAction, type Answer, type Refusal } from '../newsroom-action';

const slug = z.enum(agencyPageSlugs);
const lang = z.enum(locales);
const idField = z.string().regex(/^[1-9][0-9]{0,9}$/).transform(Number).pipe(z.number().int().max(2_147_483_647));

/** Autosave and "Save" of one page in one language (admins: savePage checks); readers see it at once. */
export const savePageAction = newsroomAction(
  // The DAL parses the text itself (pageInputSchema): its messages are the editor's error keys.
  z.object({ slug, lang, text: z.custom<PageInput>((v) => typeof v === 'object' && v !== null), base: z.number().int().min(0).max(2_147_483_647) }),
  (i) => savePage(i.slug, i.lang, i.text, i.base),
);

export type RestorePageState = Answer<PageSaveResult> | Refusal | Record<string, never>;

/** Restores an old revision of a page as its text (admins), then goes back to its editor, which says so. */
export const restorePageRevisionAction = newsroomFormAction({
  fields: (form) => ({ slug: form.get('slug'), lang: form.get('lang'), revision: form.get('revision') }),
  input: z.object({ slug, lang, revision: idField }),
  call: (i) => restorePageRevision(i.slug, i.lang, i.revision),
  state: (answer, values, language): RestorePageState => {
    if (answer.ok && values) redirect(`/${language}/dashboard/pages/${values.slug}/${values.lang}?restored=1`);
    return answer;
  },
});
