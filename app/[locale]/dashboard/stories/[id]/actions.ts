'use server';

import { z } from 'zod';
import { arrangeExhibition, type ExhibitionInput } from '@/db/queries/exhibitions';
import { setHomePin } from '@/db/queries/front-page';
import { setBreaking } from '@/db/queries/readership';
import { searchTags, updateStorySettings, type SettingsChanges } from '@/db/queries/story-settings';
import { locales } from '@/i18n/locales';
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

/** Pins a story to the front page (the lead where it is published) or lets it go. Editors and admins. */
export const setHomePinAction = newsroomAction(z.object({ id: rowId, pinned: z.boolean() }), (i) => setHomePin(i.id, i.pinned));

/** Section, tags, authors and byline, bureau and dateline, cover: any subset, from the settings panel. */
export const updateStorySettingsAction = newsroomAction(
  // The DAL parses the changes itself (settingsChangesSchema): its messages are the panel's error keys.
  z.object({ id: rowId, locale: z.enum(locales), changes: z.custom<SettingsChanges>((v) => typeof v === 'object' && v !== null) }),
  (i) => updateStorySettings(i.id, i.changes, i.locale),
);

/** Tags to choose from as the editor types. */
export const searchTagsAction = newsroomAction(z.object({ q: z.string().max(200) }), async (i) => ({ ok: true as const, tags: await searchTags(i.q) }));
