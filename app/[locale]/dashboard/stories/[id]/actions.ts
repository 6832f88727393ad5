'use server';

import { z } from 'zod';
import { arrangeExhibition, type ExhibitionInput } from '@/db/queries/exhibitions';
import { setBreaking } from '@/db/queries/readership';
import { rowId } from '@/lib/ids';
import { newsroomAction } from '../../newsroom-action';

/** The exhibition's photos in order and the cover; published pages showing them are expired at once. */
export const arrangeExhibitionAction = newsroomAction(
  // The DAL parses the arrangement itself (exhibitionInputSchema): its messages are the editor's error keys.
  z.object({ id: rowId, arrangement: z.custom<ExhibitionInput>((v) => typeof v === 'object' && v !== null) }),
  (i) => arrangeExhibition(i.id, i.arrangement),
);

/** Puts a story in the breaking-news ticker for some hours, or takes it out (0). Editors and admins. */
export const setBreakingAction = newsroomAction(z.object({ id: rowId, hours: z.number().int().min(0).max(48) }), (i) => setBreaking(i.id, i.hours));
