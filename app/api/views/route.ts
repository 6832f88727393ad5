import { z } from 'zod';
import { CLIENT_IP_HEADER } from '@/db/auth';
import { recordView } from '@/db/queries/readership';
import { locales } from '@/i18n/locales';
import { rowId } from '@/lib/ids';

const viewSchema = z.object({ id: rowId, locale: z.enum(locales) });

/**
 * One reading of a story, sent by the story page (navigator.sendBeacon) after it is shown. Counted per story,
 * language and day, once per reader (address and browser, kept only as a keyed hash in memory: recordView);
 * nothing about the reader is stored or logged. Bad input is answered 400, unknown or
 * unpublished stories 404, and neither changes anything.
 */
export async function POST(request: Request) {
  let body: unknown;
  try {
    body = JSON.parse((await request.text()).slice(0, 200));
  } catch {
    return new Response(null, { status: 400 });
  }
  const parsed = viewSchema.safeParse(body);
  if (!parsed.success) return new Response(null, { status: 400 });
  const reader = `${request.headers.get(CLIENT_IP_HEADER) ?? ''} ${request.headers.get('user-agent') ?? ''}`;
  const counted = await recordView(parsed.data.id, parsed.data.locale, new Date(), reader);
  return new Response(null, { status: counted ? 204 : 404, headers: { 'cache-control': 'no-store' } });
}
