/**
 * For tests: a local S3-compatible server (the npm package s3rver) on loopback, on a free port, with
 * its objects in a fresh temporary folder. Real HTTP and real bytes: nothing about S3 is mocked.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';

export type S3TestServer = {
  endpoint: string;
  bucket: string;
  /** The environment that points the portal's media storage at this server. */
  env: Record<string, string>;
  close(): Promise<void>;
};

/** s3rver accepts only its own fixed key pair (signatures are checked). */
export const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export async function startS3TestServer(bucket = 'bureau-media'): Promise<S3TestServer> {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'bureau-s3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  let closed: Promise<void> | null = null;
  return {
    endpoint,
    bucket,
    env: {
      MEDIA_STORAGE: 's3',
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
      S3_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
      S3_FORCE_PATH_STYLE: '1',
    },
    /** Stops the server and removes its objects; safe to call twice (a test may stop it early). */
    close() {
      closed ??= server.close().then(() => fs.rm(directory, { recursive: true, force: true }));
      return closed;
    },
  };
}
