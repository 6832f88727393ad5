/**
 * npm run restore -- <folder> [--force]
 * Puts a backup made by `npm run backup` (scripts/backup.ts) back into the configured site: the database
 * (DATABASE_URL, or the embedded one under BUREAU_DATA_DIR), the photos folder (BUREAU_MEDIA_DIR) and the auth
 * secret file. Every target is checked before anything is changed: a target that is not empty stops the
 * restore, unless --force.
 * - PostgreSQL: `pg_restore --no-owner --clean --if-exists` into DATABASE_URL, a database the operator made
 *   (createdb), in one transaction. --force restores over a database that has tables (the backup's objects are
 *   dropped and made again).
 * - The embedded database: the folder copied back while this process holds its lock. --force moves a folder that
 *   is not empty aside to <folder>.before-restore-<time> first; the photos folder and the auth secret likewise.
 * Then the migrations run, so that a backup made by an older release is brought up to this one.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { closeDb } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { DatabaseInUseError, reservePgliteLock } from '@/db/pglite-lock';
import { mediaStorageSettings, pgliteDir } from '@/lib/config';
import { displayDatabaseUrl } from '@/lib/replica-urls';
import { authSecretFile, type BackupManifest, folderSize, formatBytes, libpqConnection, releaseMigrations, runPgTool } from './backup';

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const asideName = (target: string) => `${target}.before-restore-${stamp}`;

function readManifest(folder: string): BackupManifest {
  const file = path.join(folder, 'manifest.json');
  if (!fs.existsSync(file)) throw new Error(`${folder} is not a Bureau backup: there is no manifest.json in it`);
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<BackupManifest>;
  if (manifest.format !== 1 || (manifest.kind !== 'postgres' && manifest.kind !== 'pglite') || !manifest.bureau || !manifest.media || !manifest.authSecret) {
    throw new Error(`${file} is not a manifest this release reads (format 1)`);
  }
  return manifest as BackupManifest;
}

/** Entries in a folder; 0 when it does not exist. */
function entries(dir: string): number {
  return fs.existsSync(dir) ? fs.readdirSync(dir).length : 0;
}

/** Tables, views and sequences outside PostgreSQL's own schemas: 0 in a database just made by createdb. */
async function relationsIn(databaseUrl: string): Promise<number> {
  const sql = postgres(databaseUrl, { max: 1, connect_timeout: 10, onnotice: () => {} });
  try {
    const [row] = await sql<{ n: number }[]>`
      select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
        and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_toast%' and n.nspname not like 'pg\\_temp%'`;
    return row!.n;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot open ${displayDatabaseUrl(databaseUrl)} (DATABASE_URL): ${message}. Make the empty database first (createdb)`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * Before a --force restore over a database with tables: drops the schemas the dump makes again (drizzle, pgboss),
 * since `pg_restore --clean` cannot drop pg-boss's partitioned tables. The public schema is left to --clean.
 */
async function dropSchemasOfDump(databaseUrl: string, dumpFile: string, env: NodeJS.ProcessEnv): Promise<void> {
  const list = spawnSync('pg_restore', ['--list', dumpFile], { env, encoding: 'utf8' });
  if (list.status !== 0) throw new Error(`pg_restore --list failed: ${(list.error?.message ?? list.stderr).trim()}`);
  const schemas = [...list.stdout.matchAll(/^\d+; \d+ \d+ SCHEMA - (\S+) /gm)].map((m) => m[1]!).filter((name) => name !== 'public');
  if (schemas.length === 0) return;
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await sql.begin(async (tx) => {
      for (const schema of schemas) await tx.unsafe(`drop schema if exists "${schema.replace(/"/g, '""')}" cascade`);
    });
  } finally {
    await sql.end({ timeout: 5 });
  }
  console.log(`  database: dropped the schemas the backup makes again (${schemas.join(', ')})`);
}

async function restore(folder: string, force: boolean): Promise<void> {
  const source = path.resolve(folder);
  const manifest = readManifest(source);
  const databaseUrl = process.env.DATABASE_URL || '';
  const kind = databaseUrl ? 'postgres' : 'pglite';
  if (manifest.kind !== kind) {
    throw new Error(
      manifest.kind === 'postgres'
        ? 'this is a backup of a PostgreSQL database: set DATABASE_URL to the empty database to restore it into'
        : 'this is a backup of the embedded database: unset DATABASE_URL (and set BUREAU_DATA_DIR) to restore it',
    );
  }
  const release = releaseMigrations();
  if (manifest.bureau.migrations > release.migrations) {
    throw new Error(
      `the backup was made by a newer release (${manifest.bureau.migrations} migrations, the last ${manifest.bureau.lastMigration}; ` +
        `this one has ${release.migrations}): restore it with that release`,
    );
  }
  const media = mediaStorageSettings;
  if (media.kind === 'invalid') throw new Error(`the media storage settings are wrong: ${media.problems.join('; ')}`);

  // 1. Check every target; change nothing yet.
  const notEmpty: string[] = [];
  const dumpFile = path.join(source, 'database.pgdump');
  if (kind === 'postgres') {
    if (!fs.existsSync(dumpFile)) throw new Error(`${dumpFile} is missing: the backup is incomplete`);
    const relations = await relationsIn(databaseUrl);
    if (relations > 0) notEmpty.push(`the database ${displayDatabaseUrl(databaseUrl)} has ${relations} tables and sequences`);
  } else {
    if (pgliteDir === 'memory://') throw new Error('BUREAU_DATA_DIR=memory:// keeps the embedded database in memory: set BUREAU_DATA_DIR to a folder');
    if (!fs.existsSync(path.join(source, 'pglite'))) throw new Error(`${path.join(source, 'pglite')} is missing: the backup is incomplete`);
    try {
      // Held until this process exits: no server can open the folder while it is replaced and migrated.
      reservePgliteLock(pgliteDir);
    } catch (error) {
      if (error instanceof DatabaseInUseError) throw new Error(`stop the server first. ${error.message}`);
      throw error;
    }
    if (entries(pgliteDir) > 0) notEmpty.push(`the embedded database folder ${pgliteDir} is not empty`);
  }
  const mediaCopy = path.join(source, 'media');
  const restoreMedia = manifest.media.included && media.kind === 'local';
  if (manifest.media.included && !fs.existsSync(mediaCopy)) throw new Error(`${mediaCopy} is missing: the backup is incomplete`);
  if (restoreMedia && media.kind === 'local' && entries(media.dir) > 0) notEmpty.push(`the photos folder ${media.dir} is not empty`);
  const secretFile = authSecretFile();
  const secretCopy = path.join(source, 'auth-secret');
  if (manifest.authSecret.included && !fs.existsSync(secretCopy)) throw new Error(`${secretCopy} is missing: the backup is incomplete`);
  const restoreSecret = manifest.authSecret.included && !process.env.BETTER_AUTH_SECRET;
  const secretDiffers = restoreSecret && fs.existsSync(secretFile) && !fs.readFileSync(secretFile).equals(fs.readFileSync(secretCopy));
  if (secretDiffers) notEmpty.push(`${secretFile} holds another key`);
  if (notEmpty.length > 0 && !force) {
    throw new Error(`the target is not empty (${notEmpty.join('; ')}); nothing was changed. Run again with --force to replace it`);
  }

  console.log(`Restoring the backup of ${manifest.createdAt} (${manifest.bureau.lastMigration}) from ${source}`);
  // 2. The database first: if it fails (pg_restore runs in one transaction), nothing else was changed.
  if (kind === 'postgres') {
    const connection = libpqConnection(databaseUrl);
    if (notEmpty.length > 0) await dropSchemasOfDump(databaseUrl, dumpFile, connection.env);
    await runPgTool(
      'pg_restore',
      ['--no-owner', '--clean', '--if-exists', '--single-transaction', '--exit-on-error', `--dbname=${connection.url}`, dumpFile],
      connection.env,
    );
    console.log(`  database: ${path.basename(dumpFile)} restored into ${displayDatabaseUrl(databaseUrl)} (pg_restore)`);
  } else {
    if (entries(pgliteDir) > 0) {
      fs.renameSync(pgliteDir, asideName(pgliteDir));
      console.log(`  database: the old folder moved aside to ${asideName(pgliteDir)}`);
    }
    fs.rmSync(pgliteDir, { recursive: true, force: true });
    fs.cpSync(path.join(source, 'pglite'), pgliteDir, { recursive: true });
    console.log(`  database: the embedded database copied to ${pgliteDir}`);
  }
  // 3. The photos and the secret, before the migrations: their data step (db/migrate.ts) reads the photos.
  if (restoreMedia && media.kind === 'local') {
    if (entries(media.dir) > 0) {
      fs.renameSync(media.dir, asideName(media.dir));
      console.log(`  photos: the old folder moved aside to ${asideName(media.dir)}`);
    }
    fs.mkdirSync(path.dirname(media.dir), { recursive: true });
    fs.cpSync(mediaCopy, media.dir, { recursive: true });
    const size = folderSize(media.dir);
    console.log(`  photos: ${size.files} files (${formatBytes(size.bytes)}) copied to ${media.dir}`);
  } else if (manifest.media.included && media.kind === 's3') {
    console.log(
      `  photos: not copied, this site keeps them in the S3 bucket "${media.bucket}". Copy the backup's folder into it: ` +
        `aws s3 sync ${mediaCopy} s3://${media.bucket}/${media.endpoint ? ` --endpoint-url ${media.endpoint}` : ''}`,
    );
  } else if (!manifest.media.included) {
    console.log(`  photos: not in the backup (${manifest.media.reason}); restore the bucket from its versions or replica`);
  }

  if (restoreSecret) {
    if (secretDiffers) {
      fs.renameSync(secretFile, asideName(secretFile));
      console.log(`  auth secret: the old one moved aside to ${asideName(secretFile)}`);
    }
    fs.mkdirSync(path.dirname(secretFile), { recursive: true });
    fs.copyFileSync(secretCopy, secretFile);
    fs.chmodSync(secretFile, 0o600);
    console.log(`  auth secret: copied to ${secretFile} (mode 0600); sessions made before the backup stay valid`);
  } else if (manifest.authSecret.included) {
    console.log('  auth secret: not copied, BETTER_AUTH_SECRET is set here and is the key used (the backup has its old key in auth-secret)');
  } else if (manifest.authSecret.inEnvironment) {
    console.log('  auth secret: not in the backup, it was BETTER_AUTH_SECRET: set the same value here (from the secrets store), or everyone signs in again');
  } else {
    console.log('  auth secret: none in the backup (the site had made none yet); the site makes a new one');
  }

  // 4. This release's migrations.
  await migrateDatabase();
  await closeDb();
  console.log(`  migrations: applied up to ${release.lastMigration} (${release.migrations})`);
  console.log(
    'Restore done. If this site served pages before, empty its page cache (Redis FLUSHDB, or .next/cache and ' +
      '.next/server/route-cache; DEPLOY.md, "Restoring"), then start it and open a story and a photo.',
  );
}

async function main() {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean', default: false } } });
  if (positionals.length !== 1) throw new Error('usage: npm run restore -- <backup folder> [--force]');
  await restore(positionals[0]!, values.force);
}

main().catch(async (error: unknown) => {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  await closeDb().catch(() => {});
  process.exit(1);
});
