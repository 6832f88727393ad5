import { isValidMediaKey, mediaStorage } from '@/lib/media-storage';

const TYPES: Record<string, string> = { jpg: 'image/jpeg', webp: 'image/webp' };

/**
 * Serves stored media by key. Keys are content hashes, so a response never changes: cached for a year.
 * Anything that is not a well-formed key is a 404 without touching the disk.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const { key } = await params;
  const joined = key.join('/');
  if (!isValidMediaKey(joined)) return new Response('Not found', { status: 404 });
  const bytes = await mediaStorage.get(joined);
  if (!bytes) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': TYPES[joined.split('.').pop()!] ?? 'application/octet-stream',
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
