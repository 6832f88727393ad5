'use server';

import { z } from 'zod';
import type { VariantInput } from '@/db/queries/stories';
import { markTranslationReviewed, saveTranslation } from '@/db/queries/translations';
import { locales } from '@/i18n/locales';
import { rowId } from '@/lib/ids';
import { newsroomAction } from '../newsroom-action';

const revision = z.number().int().min(0);

/** Saves a translation made against the source revision the translator was shown. */
export const saveTranslationAction = newsroomAction(
  z.object({ id: rowId, lang: z.enum(locales), text: z.custom<VariantInput>((v) => typeof v === 'object' && v !== null), base: revision, sourceRevision: revision }),
  (i) => saveTranslation(i.id, i.lang, i.text, i.base, i.sourceRevision),
);

/** Marks an outdated translation as checked against the current source. */
export const markReviewedAction = newsroomAction(z.object({ id: rowId, lang: z.enum(locales), sourceRevision: revision }), (i) =>
  markTranslationReviewed(i.id, i.lang, i.sourceRevision),
);
