/**
 * npm run backup -- <folder>
 * Writes a backup of this site into a new folder: the database, the photos and the auth secret (when it is a
 * file), with manifest.json saying what is in it. `npm run restore -- <folder>` (scripts/restore.ts) puts it back.
 * - PostgreSQL (DATABASE_URL): `pg_dump -Fc` into database.pgdump. pg_dump reads one snapshot, so the site can
 *   keep serving meanwhile.
 * - The embedded database: its folder copied into pglite/ while this process holds the folder's lock
 *   (db/pglite-lock.ts), so no server can write to it meanwhile; a running server holds the lock, and the
 *   backup then stops and says to stop the server first.
 * - Photos: the local media folder copied into media/. A bucket (MEDIA_STORAGE=s3) is not copied: it is backed up
 *   by its own versioning and replication (DEPLOY.md, "Backups").
 * - The auth secret: the file <BUREAU_DATA_DIR>/auth-secret copied when BETTER_AUTH_SECRET is not set.
 * The folder is written under a temporary name beside it and renamed when complete: a folder with the given
 * name is always a whole backup.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { acquirePgliteLock, DatabaseInUseError } from '@/db/pglite-lock';
import { mediaStorageSettings, pgliteDir } from '@/lib/config';
import { displayDatabaseUrl } from '@/lib/replica-urls';

export type BackupManifest = {
  format: 1;
  kind: 'postgres' | 'pglite';
  createdAt: string;
  /** The release that wrote the backup: its migrations (db/migrations/meta/_journal.json). */
  bureau: { version: string; migrations: number; lastMigration: string | null };
  database: { file: 'database.pgdump'; source: string } | { folder: 'pglite'; source: string };
  media: { included: true; folder: 'media'; source: string; files: number; bytes: number } | { included: false; reason: string };
  authSecret: { included: true; file: 'auth-secret'; source: string } | { included: false; inEnvironment: boolean; reason: string };
};

/** The file db/auth.ts keeps the generated secret in when BETTER_AUTH_SECRET is not set. */
export function authSecretFile(): string {
  const dataDir = process.env.BUREAU_DATA_DIR;
  return path.resolve(dataDir === 'memory://' ? '.data' : dataDir || '.data', 'auth-secret');
}

/** This release's migrations, from drizzle-kit's journal. */
export function releaseMigrations(): { migrations: number; lastMigration: string | null } {
  const folder = path.resolve(process.env.BUREAU_MIGRATIONS_DIR || 'db/migrations');
  const journal = JSON.parse(fs.readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  return { migrations: journal.entries.length, lastMigration: journal.entries.at(-1)?.tag ?? null };
}

/**
 * A libpq connection URL without its password, and the environment that passes the password instead
 * (PGPASSWORD), so that it does not show in the process list.
 */
export function libpqConnection(databaseUrl: string): { url: string; env: NodeJS.ProcessEnv } {
  const env: NodeJS.ProcessEnv = { ...process.env };
  try {
    const url = new URL(databaseUrl);
    if (url.password) {
      env.PGPASSWORD = decodeURIComponent(url.password);
      url.password = '';
    }
    return { url: url.toString(), env };
  } catch {
    return { url: databaseUrl, env };
  }
}

/** Runs a PostgreSQL client program; rejects with one line (the program missing, or its last error line). */
export function runPgTool(program: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { env, stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      process.stderr.write(chunk);
    });
    child.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new Error(
          error.code === 'ENOENT'
            ? `${program} was not found: install the PostgreSQL client programs of the server's major version ` +
                `(Debian: apt-get install postgresql-client-15) or put their folder first in PATH (PATH=/usr/lib/postgresql/15/bin:$PATH)`
            : `${program} could not be started: ${error.message}`,
        ),
      );
    });
    child.once('close', (code, signal) => {
      if (code === 0) return resolve();
      const last = stderr.trim().split('\n').filter(Boolean).at(-1);
      reject(new Error(`${program} failed (${signal ?? `exit code ${code}`})${last ? `: ${last}` : ''}`));
    });
  });
}

/** Files and bytes under a folder. */
export function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = folderSize(full);
      files += inner.files;
      bytes += inner.bytes;
    } else if (entry.isFile()) {
      files++;
      bytes += fs.statSync(full).size;
    }
  }
  return { files, bytes };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const isInside = (child: string, parent: string) => {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

async function backup(target: string): Promise<void> {
  const destination = path.resolve(target);
  if (fs.existsSync(destination)) {
    if (!fs.statSync(destination).isDirectory()) throw new Error(`${destination} exists and is not a folder`);
    if (fs.readdirSync(destination).length > 0) throw new Error(`${destination} is not empty: give a new or empty folder`);
  }
  const databaseUrl = process.env.DATABASE_URL || '';
  const kind = databaseUrl ? 'postgres' : 'pglite';
  const media = mediaStorageSettings;
  if (media.kind === 'invalid') throw new Error(`the media storage settings are wrong: ${media.problems.join('; ')}`);
  if (kind === 'pglite') {
    if (pgliteDir === 'memory://') throw new Error('the embedded database is in memory (BUREAU_DATA_DIR=memory://): there is nothing on disk to back up');
    if (!fs.existsSync(pgliteDir)) throw new Error(`there is no embedded database at ${pgliteDir} (BUREAU_DATA_DIR): nothing to back up`);
  }
  for (const source of [kind === 'pglite' ? pgliteDir : null, media.kind === 'local' ? media.dir : null]) {
    if (source && isInside(destination, source)) throw new Error(`${destination} is inside ${source}, which the backup copies: choose a folder outside it`);
  }

  console.log(`Backing up Bureau (${kind === 'postgres' ? `PostgreSQL ${displayDatabaseUrl(databaseUrl)}` : `embedded database ${pgliteDir}`}) into ${destination}`);
  fs.mkdirSync(path.dirname(destination), { recursive: true });
  const work = path.join(path.dirname(destination), `.${path.basename(destination)}.incomplete-${process.pid}`);
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { mode: 0o700 });

  let release = () => {};
  try {
    let database: BackupManifest['database'];
    if (kind === 'postgres') {
      const connection = libpqConnection(databaseUrl);
      await runPgTool('pg_dump', ['--format=custom', `--file=${path.join(work, 'database.pgdump')}`, `--dbname=${connection.url}`], connection.env);
      database = { file: 'database.pgdump', source: displayDatabaseUrl(databaseUrl) };
      console.log(`  database: pg_dump -Fc of ${displayDatabaseUrl(databaseUrl)} (${formatBytes(fs.statSync(path.join(work, 'database.pgdump')).size)})`);
    } else {
      try {
        release = acquirePgliteLock(pgliteDir);
      } catch (error) {
        if (error instanceof DatabaseInUseError) throw new Error(`stop the server first. ${error.message}`);
        throw error;
      }
      fs.cpSync(pgliteDir, path.join(work, 'pglite'), { recursive: true });
      database = { folder: 'pglite', source: pgliteDir };
      console.log(`  database: the embedded database folder ${pgliteDir} copied, locked meanwhile (${formatBytes(folderSize(path.join(work, 'pglite')).bytes)})`);
    }

    // After the database: a photo uploaded meanwhile is then in the copy even if the dump does not use it yet.
    let mediaEntry: BackupManifest['media'];
    if (media.kind === 'local') {
      const copy = path.join(work, 'media');
      if (fs.existsSync(media.dir)) fs.cpSync(media.dir, copy, { recursive: true, filter: (source) => !source.endsWith('.tmp') });
      else fs.mkdirSync(copy);
      const size = folderSize(copy);
      mediaEntry = { included: true, folder: 'media', source: media.dir, ...size };
      console.log(`  photos: ${size.files} files (${formatBytes(size.bytes)}) copied from ${media.dir}`);
    } else {
      const reason = `photos are in the S3 bucket "${media.bucket}", which is not copied: it is backed up by its own versioning and replication (DEPLOY.md, "Backups")`;
      mediaEntry = { included: false, reason };
      console.log(`  photos: ${reason}`);
    }

    let authSecret: BackupManifest['authSecret'];
    const secretFile = authSecretFile();
    if (process.env.BETTER_AUTH_SECRET) {
      authSecret = { included: false, inEnvironment: true, reason: 'BETTER_AUTH_SECRET is set: the key lives in the environment (bureau.env, the secrets store), not in the backup' };
      console.log(`  auth secret: not copied, ${authSecret.reason}`);
    } else if (fs.existsSync(secretFile)) {
      fs.copyFileSync(secretFile, path.join(work, 'auth-secret'));
      fs.chmodSync(path.join(work, 'auth-secret'), 0o600);
      authSecret = { included: true, file: 'auth-secret', source: secretFile };
      console.log(`  auth secret: ${secretFile} copied (mode 0600)`);
    } else {
      authSecret = { included: false, inEnvironment: false, reason: `there is no ${secretFile} yet (the site makes it the first time it signs someone in or reads a session)` };
      console.log(`  auth secret: none, ${authSecret.reason}`);
    }

    const packageJson = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version?: string };
    const manifest: BackupManifest = {
      format: 1,
      kind,
      createdAt: new Date().toISOString(),
      bureau: { version: packageJson.version ?? 'unknown', ...releaseMigrations() },
      database,
      media: mediaEntry,
      authSecret,
    };
    fs.writeFileSync(path.join(work, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    console.log(`  manifest.json: ${manifest.bureau.migrations} migrations, the last ${manifest.bureau.lastMigration}`);
    // rename(2) replaces an empty folder of that name.
    fs.renameSync(work, destination);
  } catch (error) {
    fs.rmSync(work, { recursive: true, force: true });
    throw error;
  } finally {
    release();
  }
  console.log(`Backup written to ${destination}. Restore it with: npm run restore -- ${target}`);
}

async function main() {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new Error('usage: npm run backup -- <new folder>');
  await backup(positionals[0]!);
}

// Run as a script; scripts/restore.ts imports the helpers above without running it.
if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
