/**
 * Where media bytes live, chosen by configuration (lib/config.ts mediaStorageSettings):
 * - local disk (the default: BUREAU_MEDIA_DIR, else .data/media), for one instance;
 * - an S3-compatible bucket (MEDIA_STORAGE=s3 / S3_BUCKET ...), which several instances share.
 * Everything that stores, reads or removes a photo goes through `mediaStorage`: uploads (db/queries/media.ts),
 * the demo seed, the placeholder fill, the /media/… route (which Next's image optimizer fetches too) and the
 * share cards. Keys are content hashes, so an object never changes once written.
 *
 * A store that cannot be reached (bad settings, server down, wrong bucket) makes `get`, `put` and `delete` throw
 * MediaStorageUnavailable, with a message naming the setting to check; a key that is simply absent reads as null.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { mediaDir, mediaStorageSettings, type MediaStorageSettings } from './config';

export type MediaStorage = {
  /** Where the bytes go, for log lines: `local disk /srv/media`, `S3 bucket "photos" at http://…`. */
  readonly description: string;
  put(key: string, bytes: Buffer): Promise<void>;
  /** The stored bytes; null when there is no such object, or the key is not a media key. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the object; removing one that is not there is not an error. */
  delete(key: string): Promise<void>;
  /** Null when the store can be used; otherwise what is wrong, naming the setting (used at server start). */
  check(): Promise<string | null>;
};

/** The store could not be reached or refused the request; the message names the setting to look at. */
export class MediaStorageUnavailable extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MediaStorageUnavailable';
  }
}

const KEY_PATTERN = /^[a-z0-9]{2}\/[a-z0-9-]+\.(jpg|webp)$/;

export function isValidMediaKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}

function assertKey(key: string): void {
  if (!isValidMediaKey(key)) throw new Error(`Invalid media key: ${key}`);
}

const CONTENT_TYPES: Record<string, string> = { jpg: 'image/jpeg', webp: 'image/webp' };

/** The Content-Type of a stored file, from its key's extension. */
export function mediaContentType(key: string): string {
  return CONTENT_TYPES[key.split('.').pop()!] ?? 'application/octet-stream';
}

/** Content-addressed key: the same bytes always get the same key, so a re-run seed writes nothing new. */
export function mediaKeyFor(bytes: Buffer, extension: string): string {
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 32);
  return `${hash.slice(0, 2)}/${hash}.${extension}`;
}

export function localDiskStorage(root: string = mediaDir): MediaStorage {
  const resolve = (key: string) => {
    assertKey(key);
    return path.join(root, key);
  };
  return {
    description: `local disk ${root}`,
    async put(key, bytes) {
      const file = resolve(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      await fs.writeFile(tmp, bytes);
      await fs.rename(tmp, file);
    },
    async get(key) {
      if (!isValidMediaKey(key)) return null;
      try {
        return await fs.readFile(resolve(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async delete(key) {
      await fs.rm(resolve(key), { force: true });
    },
    async check() {
      try {
        await fs.mkdir(root, { recursive: true });
        await fs.access(root, fs.constants.W_OK);
        return null;
      } catch (error) {
        return `BUREAU_MEDIA_DIR "${root}" is not a writable folder: ${(error as Error).message}`;
      }
    },
  };
}

type S3Settings = Extract<MediaStorageSettings, { kind: 's3' }>;

/** Why a request failed, in words an operator can act on. */
function describeS3Error(error: unknown): string {
  if (error instanceof S3ServiceException) {
    const status = error.$metadata.httpStatusCode;
    if (error.name === 'NoSuchBucket' || (error.name === 'NotFound' && status === 404)) return 'no such bucket (404)';
    if (status === 403 || error.name === 'AccessDenied' || error.name === 'InvalidAccessKeyId' || error.name === 'SignatureDoesNotMatch') {
      return `access denied (${status ?? 403} ${error.name}): check S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY`;
    }
    return `${error.name}${status ? ` (${status})` : ''}${error.message && error.message !== error.name ? `: ${error.message}` : ''}`;
  }
  const e = error as { name?: string; code?: string; message?: string; cause?: { code?: string } };
  const code = e.code ?? e.cause?.code;
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return 'no answer in time';
  return [code, e.message].filter(Boolean).join(' ') || String(error);
}

/**
 * An S3-compatible bucket. Requests carry checksums only where S3 requires them: with the SDK's default
 * (a checksum on every upload) a streamed upload was stored corrupted by a local S3-compatible server
 * (s3rver), and the keys are content hashes already.
 */
export function s3Storage(settings: S3Settings): MediaStorage {
  const client = new S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: settings.forcePathStyle,
    credentials: settings.credentials,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    // A store that does not answer must not hold a reader's request for minutes: the photo answers 503 instead.
    maxAttempts: 2,
    requestHandler: { connectionTimeout: 3_000, requestTimeout: 20_000 },
  });
  const Bucket = settings.bucket;
  const where = settings.endpoint ? `S3_ENDPOINT ${settings.endpoint}` : `AWS region ${settings.region} (S3_REGION)`;
  const unavailable = (error: unknown) =>
    new MediaStorageUnavailable(`S3_BUCKET "${Bucket}" not reachable at ${where}: ${describeS3Error(error)}`, { cause: error });
  return {
    description: `S3 bucket "${Bucket}" at ${settings.endpoint ?? `AWS ${settings.region}`}`,
    async put(key, bytes) {
      assertKey(key);
      try {
        await client.send(
          new PutObjectCommand({
            Bucket,
            Key: key,
            Body: bytes,
            ContentLength: bytes.byteLength,
            ContentType: mediaContentType(key),
            // Content-addressed: an object never changes under its key.
            CacheControl: 'public, max-age=31536000, immutable',
          }),
        );
      } catch (error) {
        throw unavailable(error);
      }
    },
    async get(key) {
      if (!isValidMediaKey(key)) return null;
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        if (!object.Body) return null;
        return Buffer.from(await object.Body.transformToByteArray());
      } catch (error) {
        if (error instanceof S3ServiceException && error.name === 'NoSuchKey') return null;
        throw unavailable(error);
      }
    },
    async delete(key) {
      assertKey(key);
      try {
        await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
      } catch (error) {
        throw unavailable(error);
      }
    },
    async check() {
      try {
        await client.send(new HeadBucketCommand({ Bucket }), { abortSignal: AbortSignal.timeout(10_000) });
        return null;
      } catch (error) {
        return unavailable(error).message;
      }
    },
  };
}

/** Stands in for a store whose settings are wrong: every use fails with the settings' problems, nothing crashes. */
function misconfiguredStorage(problems: string[]): MediaStorage {
  const message = `Media storage is not configured correctly: ${problems.join('; ')}`;
  const fail = async (): Promise<never> => {
    throw new MediaStorageUnavailable(message);
  };
  return { description: 'misconfigured media storage', put: fail, get: fail, delete: fail, check: async () => message };
}

/** The storage the settings describe. */
export function mediaStorageFor(settings: MediaStorageSettings): MediaStorage {
  switch (settings.kind) {
    case 'local':
      return localDiskStorage(settings.dir);
    case 's3':
      return s3Storage(settings);
    case 'invalid':
      return misconfiguredStorage(settings.problems);
  }
}

export const mediaStorage: MediaStorage = mediaStorageFor(mediaStorageSettings);

/**
 * The answer to GET /media/{key}, whichever store holds the file. Keys are content hashes, so a found file is
 * cached for a year. Not a media key, or no such file: 404. The store unreachable: 503 for this photo only
 * (logged with the setting to check), never a crash; the page around it still renders.
 */
export async function mediaResponse(storage: MediaStorage, key: string): Promise<Response> {
  if (!isValidMediaKey(key)) return new Response('Not found', { status: 404 });
  let bytes: Buffer | null;
  try {
    bytes = await storage.get(key);
  } catch (error) {
    console.error(`Media ${key}: ${error instanceof Error ? error.message : String(error)}`);
    return new Response('Media storage unavailable', { status: 503, headers: { 'Retry-After': '30', 'Cache-Control': 'no-store' } });
  }
  if (!bytes) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': mediaContentType(key),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
