import { mediaResponse, mediaStorage } from '@/lib/media-storage';

/**
 * Serves stored media by key, from whichever store is configured (lib/media-storage.ts): the same URL for readers
 * and for Next's image optimizer, which fetches /media/** from this server to make its resized copies.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const { key } = await params;
  return mediaResponse(mediaStorage, key.join('/'));
}
