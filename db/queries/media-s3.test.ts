/**
 * The media library with photos in an S3-compatible bucket (s3rver on loopback, lib/s3-test-server.ts), configured
 * the way an operator configures the portal: through the environment. The server is started and the environment
 * set at the top of this file, before db/test-setup.ts's beforeAll first imports lib/config (which reads it once),
 * so on an empty database even the demo seed stores its photos in the bucket. Modules that read the settings are
 * therefore imported dynamically.
 */
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3TestServer } from '@/lib/s3-test-server';

const s3 = await startS3TestServer();
Object.assign(process.env, s3.env);

type Modules = {
  media: typeof import('./media');
  sessions: typeof import('../test-sessions');
  storage: typeof import('@/lib/media-storage');
  config: typeof import('@/lib/config');
  route: typeof import('@/app/media/[...key]/route');
};
let m: Modules;
let reporter: import('../test-sessions').TestAccount;

beforeAll(async () => {
  const [media, sessions, storage, config, route] = await Promise.all([
    import('./media'),
    import('../test-sessions'),
    import('@/lib/media-storage'),
    import('@/lib/config'),
    import('@/app/media/[...key]/route'),
  ]);
  m = { media, sessions, storage, config, route };
  reporter = await sessions.signedInAccount('reporter');
});

afterAll(async () => {
  await s3.close();
  for (const name of Object.keys(s3.env)) delete process.env[name];
});

let colour = 0;
async function cameraPhoto(): Promise<Buffer> {
  colour += 1;
  return sharp({ create: { width: 90, height: 60, channels: 3, background: { r: (colour * 71) % 256, g: 30, b: (colour * 17) % 256 } } })
    .jpeg()
    .withExif({ IFD0: { Make: 'TestCam' } })
    .toBuffer();
}

const serve = (src: string) =>
  m.route.GET(new Request(`http://localhost${src}`), { params: Promise.resolve({ key: src.replace(/^\/media\//, '').split('/') }) });

describe('uploads with MEDIA_STORAGE=s3', () => {
  it('the settings chose the bucket', () => {
    expect(m.storage.mediaStorage.description).toBe(`S3 bucket "${s3.bucket}" at ${s3.endpoint}`);
  });

  it('an uploaded photo lands in the bucket, not on local disk, and another instance can serve it', async () => {
    const result = await m.sessions.as(reporter, async () => m.media.uploadMedia({ bytes: await cameraPhoto(), name: 'harbour.jpg' }));
    if (!result.ok) throw new Error(result.error);
    const key = result.item.src.replace(/^\/media\//, '');

    // A second portal instance: its own client, built from the same settings.
    const otherInstance = m.storage.mediaStorageFor(m.config.parseMediaStorageSettings(s3.env));
    const inBucket = await otherInstance.get(key);
    expect(inBucket).not.toBeNull();
    const meta = await sharp(inBucket!).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 90, height: 60 });
    expect(meta.exif).toBeUndefined();
    expect(await m.storage.localDiskStorage(path.resolve(process.env.BUREAU_MEDIA_DIR!)).get(key)).toBeNull();

    // What a reader's browser (and Next's image optimizer) gets from /media/….
    const response = await serve(result.item.src);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await response.arrayBuffer()).equals(inBucket!)).toBe(true);
  });

  it.skipIf(Boolean(process.env.DATABASE_URL))('on an empty database the demo seed stored its photos in the bucket', async () => {
    // (On PostgreSQL an earlier test file has seeded already, with local disk.)
    const { getDb } = await import('../client');
    const s = await import('../schema');
    const rows = await getDb().select({ key: s.media.storageKey }).from(s.media).limit(3);
    expect(rows.length).toBe(3);
    const bucket = m.storage.mediaStorageFor(m.config.parseMediaStorageSettings(s3.env));
    for (const { key } of rows) {
      expect(await bucket.get(key)).not.toBeNull();
      expect((await serve(`/media/${key}`)).status).toBe(200);
    }
  });

  it('the same photo uploaded again is recognised from the bucket-backed library', async () => {
    const bytes = await cameraPhoto();
    const first = await m.sessions.as(reporter, () => m.media.uploadMedia({ bytes, name: 'twice.jpg' }));
    const second = await m.sessions.as(reporter, () => m.media.uploadMedia({ bytes, name: 'twice.jpg' }));
    expect(first).toMatchObject({ ok: true, duplicate: false });
    expect(second).toMatchObject({ ok: true, duplicate: true });
  });

  it('with the bucket server gone, an upload is refused with a reason the uploader shows, and photos answer 503', async () => {
    const stored = await m.sessions.as(reporter, async () => m.media.uploadMedia({ bytes: await cameraPhoto(), name: 'before.jpg' }));
    if (!stored.ok) throw new Error(stored.error);
    await s3.close();
    const refused = await m.sessions.as(reporter, async () => m.media.uploadMedia({ bytes: await cameraPhoto(), name: 'during-outage.jpg' }));
    expect(refused).toEqual({ ok: false, error: 'storageUnavailable' });
    // Nothing half-stored: the library does not list a photo whose file is missing.
    expect((await m.sessions.as(reporter, () => m.media.listMedia({ q: 'during-outage' }))).total).toBe(0);
    const response = await serve(stored.item.src);
    expect(response.status).toBe(503);
  });
});
