/**
 * Where media bytes live. Local disk by default (BUREAU_MEDIA_DIR, else .data/media); the interface is small
 * so that object storage can take its place when several instances serve the portal.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { mediaDir } from './config';

export type MediaStorage = {
  put(key: string, bytes: Buffer): Promise<void>;
  get(key: string): Promise<Buffer | null>;
};

const KEY_PATTERN = /^[a-z0-9]{2}\/[a-z0-9-]+\.(jpg|webp)$/;

export function isValidMediaKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}

/** Content-addressed key: the same bytes always get the same key, so a re-run seed writes nothing new. */
export function mediaKeyFor(bytes: Buffer, extension: string): string {
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 32);
  return `${hash.slice(0, 2)}/${hash}.${extension}`;
}

export function localDiskStorage(root: string = mediaDir): MediaStorage {
  const resolve = (key: string) => {
    if (!isValidMediaKey(key)) throw new Error(`Invalid media key: ${key}`);
    return path.join(root, key);
  };
  return {
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
  };
}

export const mediaStorage: MediaStorage = localDiskStorage();
