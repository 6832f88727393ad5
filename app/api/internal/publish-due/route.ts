import { timingSafeEqual } from 'node:crypto';
import { revalidateTag } from 'next/cache';
import { publishDueVariants } from '@/db/queries/publishing';

/**
 * Publishes scheduled stories whose time has come. Only Bureau's own server calls it (scripts/server.ts, when a
 * job of db/jobs.ts fires on this instance), with the token it generated at start; anything else gets a 404.
 * It runs inside Next so that revalidateTag expires this app's cache.
 */
export async function POST(request: Request) {
  const expected = process.env.BUREAU_INTERNAL_TOKEN;
  const given = request.headers.get('x-bureau-internal-token') ?? '';
  if (!expected || given.length !== expected.length || !timingSafeEqual(Buffer.from(given), Buffer.from(expected))) {
    return new Response('Not found', { status: 404 });
  }
  const result = await publishDueVariants();
  // Expire now, not at the next visit: a scheduled story is news at its time.
  for (const tag of result.revalidate) revalidateTag(tag, { expire: 0 });
  return Response.json({ published: result.published });
}
