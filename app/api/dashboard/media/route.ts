import { assertMayUpload, uploadMedia } from '@/db/queries/media';
import { refusalResponse } from '@/app/[locale]/dashboard/newsroom-action';
import { MAX_UPLOAD_BYTES } from '@/lib/request-guard';

/**
 * Photo uploads from the media library and the exhibition editor: one file per request, its bytes as the body
 * (so the browser can report progress per file), its name in X-File-Name. The server (scripts/server.ts) has
 * already refused other origins and declared sizes over the limit; the body is counted again here as it
 * arrives, for clients that do not declare one. Answers JSON: the stored item, or an error code the uploader
 * translates.
 */
export async function POST(request: Request) {
  // Who may upload is known before the body is read: a visitor or a translator cannot make it read 25 MB.
  try {
    await assertMayUpload();
  } catch (error) {
    const refused = refusalResponse(error);
    if (refused) {
      await request.body?.cancel().catch(() => {});
      return refused;
    }
    throw error;
  }
  const bytes = await readCapped(request, MAX_UPLOAD_BYTES);
  if (!bytes) return Response.json({ ok: false, error: 'tooLarge' }, { status: 413 });
  if (bytes.byteLength === 0) return Response.json({ ok: false, error: 'empty' }, { status: 400 });
  let name = '';
  try {
    name = decodeURIComponent(request.headers.get('x-file-name') ?? '');
  } catch {
    // An undecodable name is only a label: the photo is stored without it.
  }
  try {
    const result = await uploadMedia({ bytes, name });
    const status = result.ok ? (result.duplicate ? 200 : 201) : result.error === 'storageUnavailable' ? 503 : 415;
    return Response.json(result, { status });
  } catch (error) {
    const refused = refusalResponse(error);
    if (refused) return refused;
    throw error;
  }
}

async function readCapped(request: Request, limit: number): Promise<Buffer | null> {
  if (!request.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
