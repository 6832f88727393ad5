'use server';

import { updateTag } from 'next/cache';
import { arrangeExhibition, type ArrangeResult, type ExhibitionInput } from '@/db/queries/exhibitions';
import { setBreaking, type BreakingResult } from '@/db/queries/readership';
import { AccessDenied } from '@/db/queries/staff';

/** The exhibition's photos in order and the cover; published pages showing them are expired at once. */
export async function arrangeExhibitionAction(id: number, input: ExhibitionInput): Promise<ArrangeResult | { ok: false; error: 'forbidden' | 'invalid' }> {
  if (!Number.isInteger(id) || id <= 0 || typeof input !== 'object' || input === null) return { ok: false, error: 'invalid' };
  try {
    const result = await arrangeExhibition(id, input);
    if (result.ok) for (const tag of result.revalidate) updateTag(tag);
    return result;
  } catch (error) {
    if (error instanceof AccessDenied) return { ok: false, error: 'forbidden' };
    throw error;
  }
}

/** Puts a story in the breaking-news ticker for some hours, or takes it out (0). Editors and admins. */
export async function setBreakingAction(id: number, hours: number): Promise<BreakingResult | { ok: false; error: 'forbidden' | 'invalid' }> {
  if (!Number.isInteger(id) || id <= 0 || !Number.isInteger(hours)) return { ok: false, error: 'invalid' };
  try {
    const result = await setBreaking(id, hours);
    if (result.ok) for (const tag of result.revalidate) updateTag(tag);
    return result;
  } catch (error) {
    if (error instanceof AccessDenied) return { ok: false, error: 'forbidden' };
    throw error;
  }
}
