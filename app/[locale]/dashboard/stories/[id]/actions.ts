'use server';

import { updateTag } from 'next/cache';
import { arrangeExhibition, type ArrangeResult, type ExhibitionInput } from '@/db/queries/exhibitions';
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
