/**
 * Data step run after the SQL migrations (db/migrate.ts): every opaque photo gets its blurred placeholder
 * (lib/images.ts placeholderFor), made from the stored file, for rows uploaded before placeholders existed or
 * whose placeholder was lost. Pictures with transparency (stored as WebP) get none: it would show through them.
 * Idempotent: a second run finds nothing to do. A row whose file is missing is left as it is (logged). If the media
 * store cannot be reached, the fill stops there (logged) and the next start finishes it: the portal starts anyway.
 */
import { and, eq, isNotNull, isNull, ne } from 'drizzle-orm';
import { placeholderFor } from '@/lib/images';
import { MediaStorageUnavailable, mediaStorage, type MediaStorage } from '@/lib/media-storage';
import { getDb } from './client';
import * as s from './schema';

export type PlaceholderFill = { filled: number; missingFiles: number; cleared: number };

export async function fillMissingPlaceholders(storage: MediaStorage = mediaStorage): Promise<PlaceholderFill> {
  const db = getDb();
  const cleared = await db
    .update(s.media)
    .set({ blurDataUrl: null })
    .where(and(ne(s.media.mimeType, 'image/jpeg'), isNotNull(s.media.blurDataUrl)))
    .returning({ id: s.media.id });
  const missing = await db
    .select({ id: s.media.id, key: s.media.storageKey })
    .from(s.media)
    .where(and(eq(s.media.mimeType, 'image/jpeg'), isNull(s.media.blurDataUrl)));
  let filled = 0;
  let missingFiles = 0;
  for (const row of missing) {
    let bytes: Buffer | null;
    try {
      bytes = await storage.get(row.key);
    } catch (error) {
      if (!(error instanceof MediaStorageUnavailable)) throw error;
      console.warn(`Placeholders: stopped, ${error.message}`);
      break;
    }
    if (!bytes) {
      missingFiles++;
      continue;
    }
    await db.update(s.media).set({ blurDataUrl: await placeholderFor(bytes) }).where(eq(s.media.id, row.id));
    filled++;
  }
  if (missingFiles) console.warn(`Placeholders: ${missingFiles} photo file(s) not found in media storage; left without one.`);
  return { filled, missingFiles, cleared: cleared.length };
}
