/**
 * The front page as editors arrange it: an editor pins stories to it (db/schema.ts, articles.home_pinned_at).
 * The newest pin published in a language is that language's lead, the next ones its top stories; without pins
 * the front page is the newest stories (db/queries/articles.ts, loadHomePage). At most FRONT_PAGE_PINS stories
 * are pinned: pinning one more lets go of the oldest pin, so the front page never fills with forgotten pins.
 * Pinning and letting go are editors' and admins' (the publish right), each with its audit row, and expire
 * every language's front page.
 */
import { and, desc, eq, isNotNull, notInArray } from 'drizzle-orm';
import { locales } from '@/i18n/locales';
import { isRowId } from '@/lib/ids';
import { getDb } from '../client';
import * as s from '../schema';
import { recordAudit, storySubject } from './audit';
import { cacheTags } from './cache-tags';
import { requireCapability } from './roles';
import { requireStaff } from './staff';

/** The lead and the top stories beside it. */
export const FRONT_PAGE_PINS = 5;

export type PinResult = { ok: true; pinnedAt: string | null; revalidate: string[] } | { ok: false; error: 'notFound' };

/** Pins a story to the front page (it becomes the lead where it is published) or lets it go. Editors and admins. */
export async function setHomePin(articleId: number, pinned: boolean, now = new Date()): Promise<PinResult> {
  const staff = await requireCapability('publish');
  if (!isRowId(articleId)) return { ok: false, error: 'notFound' };
  const pinnedAt = pinned ? now : null;
  const updated = await getDb().transaction(async (tx) => {
    const rows = await tx.update(s.articles).set({ homePinnedAt: pinnedAt }).where(eq(s.articles.id, articleId)).returning({ id: s.articles.id });
    if (rows.length === 0) return 0;
    const released: number[] = [];
    if (pinned) {
      const kept = await tx
        .select({ id: s.articles.id })
        .from(s.articles)
        .where(isNotNull(s.articles.homePinnedAt))
        .orderBy(desc(s.articles.homePinnedAt), desc(s.articles.id))
        .limit(FRONT_PAGE_PINS);
      const old = await tx
        .update(s.articles)
        .set({ homePinnedAt: null })
        .where(and(isNotNull(s.articles.homePinnedAt), notInArray(s.articles.id, kept.map((k) => k.id))))
        .returning({ id: s.articles.id });
      released.push(...old.map((r) => r.id));
    }
    await recordAudit(tx, { actorId: staff.id, action: 'home-pin', subject: storySubject(articleId), details: { pinned, released } });
    return rows.length;
  });
  if (updated === 0) return { ok: false, error: 'notFound' };
  return { ok: true, pinnedAt: pinnedAt?.toISOString() ?? null, revalidate: locales.map((l) => cacheTags.home(l)) };
}

/** When the story was pinned to the front page (null: it is not). Any newsroom role, for the editor's screen. */
export async function getHomePin(articleId: number): Promise<string | null> {
  await requireStaff();
  if (!isRowId(articleId)) return null;
  const [row] = await getDb().select({ at: s.articles.homePinnedAt }).from(s.articles).where(eq(s.articles.id, articleId));
  return row?.at ? new Date(row.at).toISOString() : null;
}
