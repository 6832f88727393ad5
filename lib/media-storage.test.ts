import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMediaStorageSettings } from './config';
import { MediaStorageUnavailable, localDiskStorage, mediaKeyFor, mediaResponse, mediaStorageFor, type MediaStorage } from './media-storage';
import { startS3TestServer, type S3TestServer } from './s3-test-server';

let s3: S3TestServer;
let localRoot: string;

beforeAll(async () => {
  s3 = await startS3TestServer();
  localRoot = await fs.mkdtemp(path.join(os.tmpdir(), 'bureau-media-'));
});

afterAll(async () => {
  await s3?.close();
  if (localRoot) await fs.rm(localRoot, { recursive: true, force: true });
});

/** A real photo, distinct per call, as the upload pipeline stores it. */
let colour = 0;
async function photo(width = 64, height = 40): Promise<{ key: string; bytes: Buffer }> {
  colour += 1;
  const bytes = await sharp({ create: { width, height, channels: 3, background: { r: (colour * 53) % 256, g: 90, b: 200 } } })
    .jpeg({ quality: 80 })
    .toBuffer();
  return { key: mediaKeyFor(bytes, 'jpg'), bytes };
}

/** Both stores, built the way the portal builds them: from environment settings. */
const implementations: [string, () => MediaStorage][] = [
  ['local disk', () => mediaStorageFor(parseMediaStorageSettings({}, localRoot))],
  ['S3 (s3rver)', () => mediaStorageFor(parseMediaStorageSettings(s3.env))],
];

describe.each(implementations)('media storage contract: %s', (_name, make) => {
  it('gives back exactly the bytes it was given, as a photo of the same size', async () => {
    const storage = make();
    const { key, bytes } = await photo(80, 50);
    await storage.put(key, bytes);
    const back = await storage.get(key);
    expect(back?.equals(bytes)).toBe(true);
    expect(await sharp(back!).metadata()).toMatchObject({ format: 'jpeg', width: 80, height: 50 });
  });

  it('writing the same photo twice keeps one good copy', async () => {
    const storage = make();
    const { key, bytes } = await photo();
    await storage.put(key, bytes);
    await storage.put(key, bytes);
    expect((await storage.get(key))?.equals(bytes)).toBe(true);
  });

  it('a photo that was never stored reads as null', async () => {
    const { key } = await photo();
    expect(await make().get(key)).toBeNull();
  });

  it('a deleted photo is gone, and deleting it again is not an error', async () => {
    const storage = make();
    const { key, bytes } = await photo();
    await storage.put(key, bytes);
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it('refuses keys that are not media keys (no path escapes, no other files)', async () => {
    const storage = make();
    const bytes = Buffer.from('not a photo');
    for (const key of ['../etc/passwd', 'ab/../../x.jpg', 'AB/abc.jpg', 'ab/abc.png', 'abc.jpg', '']) {
      await expect(storage.put(key, bytes)).rejects.toThrow(/Invalid media key/);
      await expect(storage.delete(key)).rejects.toThrow(/Invalid media key/);
      expect(await storage.get(key)).toBeNull();
    }
  });

  it('passes its start-up check', async () => {
    expect(await make().check()).toBeNull();
  });

  it('serves /media/{key}: the photo with its type and a year of caching, 404 for anything else', async () => {
    const storage = make();
    const { key, bytes } = await photo();
    await storage.put(key, bytes);
    const found = await mediaResponse(storage, key);
    expect(found.status).toBe(200);
    expect(found.headers.get('content-type')).toBe('image/jpeg');
    expect(found.headers.get('cache-control')).toContain('immutable');
    expect(Buffer.from(await found.arrayBuffer()).equals(bytes)).toBe(true);
    expect((await mediaResponse(storage, (await photo()).key)).status).toBe(404);
    expect((await mediaResponse(storage, '../secret.jpg')).status).toBe(404);
  });
});

describe('S3 storage that cannot be used', () => {
  it('a wrong bucket is named in the start-up message, and its photos answer 503 instead of crashing', async () => {
    const storage = mediaStorageFor(parseMediaStorageSettings({ ...s3.env, S3_BUCKET: 'no-such-bucket' }));
    expect(await storage.check()).toBe(`S3_BUCKET "no-such-bucket" not reachable at S3_ENDPOINT ${s3.endpoint}: no such bucket (404)`);
    const { key, bytes } = await photo();
    await expect(storage.get(key)).rejects.toThrow(MediaStorageUnavailable);
    await expect(storage.put(key, bytes)).rejects.toThrow(/S3_BUCKET "no-such-bucket" not reachable/);
    const response = await mediaResponse(storage, key);
    expect(response.status).toBe(503);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('an endpoint where nothing listens is named, with the reason', async () => {
    const closed = await startS3TestServer('closed-bucket');
    await closed.close();
    const storage = mediaStorageFor(parseMediaStorageSettings(closed.env));
    expect(await storage.check()).toMatch(
      new RegExp(`^S3_BUCKET "closed-bucket" not reachable at S3_ENDPOINT ${closed.endpoint.replace(/\./g, '\\.')}: .*ECONNREFUSED`),
    );
    expect((await mediaResponse(storage, (await photo()).key)).status).toBe(503);
  });
});

describe('media storage settings', () => {
  it('is local disk unless S3 is asked for', () => {
    expect(parseMediaStorageSettings({}, '/srv/media')).toEqual({ kind: 'local', dir: '/srv/media' });
    expect(parseMediaStorageSettings({ MEDIA_STORAGE: 'local', S3_BUCKET: 'photos' }, '/srv/media')).toEqual({ kind: 'local', dir: '/srv/media' });
  });

  it('S3_BUCKET alone means S3 (AWS, virtual-host style); an endpoint means path style unless told otherwise', () => {
    expect(parseMediaStorageSettings({ S3_BUCKET: 'photos' })).toEqual({
      kind: 's3',
      bucket: 'photos',
      endpoint: undefined,
      region: 'us-east-1',
      credentials: undefined,
      forcePathStyle: false,
    });
    expect(parseMediaStorageSettings({ S3_BUCKET: 'photos', S3_ENDPOINT: 'http://minio:9000/', S3_REGION: 'eu-central-1' })).toMatchObject({
      endpoint: 'http://minio:9000',
      region: 'eu-central-1',
      forcePathStyle: true,
    });
    expect(parseMediaStorageSettings({ S3_BUCKET: 'photos', S3_ENDPOINT: 'https://s3.example.com', S3_FORCE_PATH_STYLE: 'false' })).toMatchObject({
      forcePathStyle: false,
    });
  });

  it('names every bad setting, and never prints the secret', () => {
    const result = parseMediaStorageSettings({
      MEDIA_STORAGE: 's3',
      S3_ENDPOINT: 'minio:9000',
      S3_SECRET_ACCESS_KEY: 'top-secret',
      S3_FORCE_PATH_STYLE: 'maybe',
    });
    expect(result.kind).toBe('invalid');
    const problems = result.kind === 'invalid' ? result.problems : [];
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^S3_BUCKET is required with MEDIA_STORAGE=s3/),
        expect.stringMatching(/^S3_ENDPOINT "minio:9000" must be an http\(s\) URL/),
        expect.stringMatching(/^S3_FORCE_PATH_STYLE "maybe" must be 1 or 0/),
        expect.stringMatching(/^S3_ACCESS_KEY_ID is required/),
      ]),
    );
    expect(problems.join(' ')).not.toContain('top-secret');
    expect(parseMediaStorageSettings({ MEDIA_STORAGE: 'ftp' })).toEqual({ kind: 'invalid', problems: ['MEDIA_STORAGE "ftp" must be "local" or "s3"'] });
  });

  it('a misconfigured store fails every use with the settings at fault, and its photos answer 503', async () => {
    const storage = mediaStorageFor(parseMediaStorageSettings({ MEDIA_STORAGE: 's3' }));
    expect(await storage.check()).toMatch(/S3_BUCKET is required/);
    const { key, bytes } = await photo();
    await expect(storage.put(key, bytes)).rejects.toThrow(MediaStorageUnavailable);
    expect((await mediaResponse(storage, key)).status).toBe(503);
  });

  it('the local default still writes under the folder it names', async () => {
    const storage = localDiskStorage(localRoot);
    const { key, bytes } = await photo();
    await storage.put(key, bytes);
    expect((await fs.readFile(path.join(localRoot, key))).equals(bytes)).toBe(true);
  });
});
