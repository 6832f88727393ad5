/**
 * A backup restores what readers read (scripts/backup.ts, scripts/restore.ts, DEPLOY.md "Backups"). Site A gets
 * the demo content; its reader pages and photos are read; `npm run backup` writes a backup, `npm run restore`
 * puts it into site B's empty database and folders, and B, started without the demo seed, must give the same
 * pages (the <h1> and the text of <main>: nonces and times of rendering differ between servers) and the same photo
 * bytes. On the embedded database, and on PostgreSQL when DATABASE_URL is set (in databases made for the test).
 * Also: a backup of the embedded database while its server runs stops with "stop the server first", and a restore
 * into a site that is not empty stops without --force and changes nothing.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { expect, test } from './test';
import { isolatedSite, type IsolatedSite } from './isolated-site';

test.skip(({ isMobile }) => isMobile, 'a process check: the desktop project runs it');

type ReaderPage = { status: number; h1: string; text: string };

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Text as a reader sees it: tags, scripts and styles gone, entities decoded, whitespace collapsed. */
function plainText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1)));
      return entities[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

async function readPage(baseURL: string, pathname: string): Promise<{ page: ReaderPage; html: string }> {
  const response = await fetch(baseURL + pathname, { redirect: 'manual' });
  const html = await response.text();
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1] ?? '';
  const main = /<main\b[^>]*>([\s\S]*?)<\/main>/i.exec(html)?.[1] ?? '';
  return { page: { status: response.status, h1: plainText(h1), text: plainText(main) }, html };
}

async function readPhoto(baseURL: string, pathname: string): Promise<string> {
  const response = await fetch(baseURL + pathname);
  const bytes = Buffer.from(await response.arrayBuffer());
  return `${response.status} ${bytes.length} ${createHash('sha256').update(bytes).digest('hex')}`;
}

/** In batches, in the order given. */
async function inBatches<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return results;
}

/** The reader pages to compare: the homes, the news and photo lists, and every page the sitemaps list. */
async function readerPaths(baseURL: string): Promise<string[]> {
  const found = new Set<string>();
  for (const locale of ['ru', 'az', 'en']) {
    for (const pathname of [`/${locale}`, `/${locale}/news`, `/${locale}/photo`]) found.add(pathname);
    const sitemap = await (await fetch(`${baseURL}/${locale}/sitemap.xml`)).text();
    for (const [, loc] of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const url = new URL(loc!.replace(/&amp;/g, '&'));
      found.add(url.pathname + url.search);
    }
  }
  return [...found];
}

/** Every /media/… photo a page names: in src, srcset, og:image, and inside /_next/image?url=… (encoded). */
function photoPaths(html: string): string[] {
  return [...html.replace(/%2F/gi, '/').matchAll(/\/media\/[a-z0-9]{2}\/[a-z0-9-]+\.(?:jpg|webp)/g)].map((m) => m[0]);
}

function runScript(script: 'backup' | 'restore', args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], { env, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Every file under a folder, with its size and time of change. */
function fileList(dir: string, prefix = ''): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return fileList(full, `${prefix}${entry.name}/`);
    const stat = fs.statSync(full);
    return [`${prefix}${entry.name} ${stat.size} ${stat.mtimeMs}`];
  });
}

/** What a restore could change in a site: its folders, and on PostgreSQL every table's rows. */
async function fingerprint(site: IsolatedSite): Promise<string[]> {
  const lines = [...fileList(site.dataDir, 'data/'), ...fileList(site.mediaDir, 'media/')];
  if (site.databaseUrl) {
    const sql = postgres(site.databaseUrl, { max: 1, onnotice: () => {} });
    try {
      const tables = await sql<{ schema: string; name: string }[]>`
        select table_schema as schema, table_name as name from information_schema.tables
        where table_schema in ('public', 'drizzle') and table_type = 'BASE TABLE' order by 1, 2`;
      for (const { schema, name } of tables) {
        const [row] = await sql.unsafe<{ n: number; digest: string | null }[]>(
          `select count(*)::int as n, md5(string_agg(t::text, ',' order by t::text)) as digest from "${schema}"."${name}" t`,
        );
        lines.push(`${schema}.${name} ${row!.n} ${row!.digest}`);
      }
    } finally {
      await sql.end();
    }
  }
  return lines.sort();
}

const variants = [
  { title: 'the embedded database', database: 'embedded', skip: false, ports: { a: [3700, 3719], b: [3720, 3739] } },
  { title: 'PostgreSQL', database: 'postgres', skip: !process.env.DATABASE_URL, ports: { a: [3760, 3779], b: [3780, 3799] } },
] as const;

for (const variant of variants) {
  test(`a backup restored gives readers the same pages and photos: ${variant.title}`, async () => {
    test.skip(variant.skip, 'needs DATABASE_URL (PostgreSQL)');
    test.setTimeout(360_000);
    const started = Date.now();
    const settings = { BETTER_AUTH_SECRET: '', MEDIA_STORAGE: 'local', S3_BUCKET: '' };
    const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'bureau-backup-'));
    const backupDir = path.join(temp, 'backup');
    const sites: IsolatedSite[] = [];
    try {
      const a = await isolatedSite({ prefix: 'backup-a', database: variant.database, seedDemo: true, ports: variant.ports.a, env: settings });
      sites.push(a);
      a.prepare();
      await a.start();

      // What readers of A get.
      const paths = await readerPaths(a.baseURL);
      const pagesA = new Map<string, ReaderPage>();
      const photos = new Set<string>();
      await inBatches(paths, 6, async (pathname) => {
        const { page, html } = await readPage(a.baseURL, pathname);
        expect(page.status, `${pathname} on site A`).toBe(200);
        expect(page.text.length, `the text of ${pathname} on site A`).toBeGreaterThan(0);
        pagesA.set(pathname, page);
        for (const photo of photoPaths(html)) photos.add(photo);
      });
      const photoList = [...photos].sort();
      expect(photoList.length, 'photos on the pages').toBeGreaterThan(10);
      const photosA = await inBatches(photoList, 8, (photo) => readPhoto(a.baseURL, photo));
      for (const [i, photo] of photoList.entries()) expect(photosA[i], photo).toMatch(/^200 /);

      if (variant.database === 'embedded') {
        // The server holds the database: the backup stops and says what to do, and writes nothing.
        const refused = runScript('backup', [path.join(temp, 'while-running')], a.env);
        expect(refused.status, refused.output).not.toBe(0);
        expect(refused.output).toMatch(/Backup failed: stop the server first\. The embedded database in .* is already open in process \d+/);
        expect(fs.existsSync(path.join(temp, 'while-running'))).toBe(false);
        await a.stop();
      }
      // PostgreSQL is dumped while A serves: pg_dump reads one snapshot.
      const backedUp = runScript('backup', [backupDir], a.env);
      expect(backedUp.status, backedUp.output).toBe(0);
      await a.stop();
      const manifest = JSON.parse(fs.readFileSync(path.join(backupDir, 'manifest.json'), 'utf8')) as {
        kind: string;
        bureau: { migrations: number; lastMigration: string };
        media: { included: boolean; files: number };
        authSecret: { included: boolean };
      };
      const journal = JSON.parse(fs.readFileSync('db/migrations/meta/_journal.json', 'utf8')) as { entries: { tag: string }[] };
      expect(manifest.kind).toBe(variant.database === 'embedded' ? 'pglite' : 'postgres');
      expect(manifest.bureau).toMatchObject({ migrations: journal.entries.length, lastMigration: journal.entries.at(-1)!.tag });
      expect(manifest.media.included).toBe(true);
      expect(manifest.media.files).toBeGreaterThanOrEqual(photoList.length);
      expect(manifest.authSecret.included).toBe(true);
      expect(fs.statSync(path.join(backupDir, 'auth-secret')).mode & 0o777).toBe(0o600);
      expect(fs.readFileSync(path.join(backupDir, 'auth-secret'))).toEqual(fs.readFileSync(path.join(a.dataDir, 'auth-secret')));

      // B: empty folders and, on PostgreSQL, an empty database made for it; the same public address as A.
      const b = await isolatedSite({ prefix: 'backup-b', database: variant.database, seedDemo: false, siteUrl: a.env.BUREAU_SITE_URL, ports: variant.ports.b, env: settings });
      sites.push(b);
      const restored = runScript('restore', [backupDir], b.env);
      expect(restored.status, restored.output).toBe(0);
      expect(fs.readFileSync(path.join(b.dataDir, 'auth-secret'))).toEqual(fs.readFileSync(path.join(backupDir, 'auth-secret')));

      // B is not empty now: a second restore without --force stops and changes nothing.
      const before = await fingerprint(b);
      const again = runScript('restore', [backupDir], b.env);
      expect(again.status, again.output).not.toBe(0);
      expect(again.output).toMatch(/Restore failed: the target is not empty .*nothing was changed\. Run again with --force/);
      expect(await fingerprint(b)).toEqual(before);

      await b.start();
      expect(b.output(), 'site B loaded no demo content of its own').not.toContain('Demo content loaded');
      const differentPages: string[] = [];
      await inBatches(paths, 6, async (pathname) => {
        const { page } = await readPage(b.baseURL, pathname);
        if (JSON.stringify(page) !== JSON.stringify(pagesA.get(pathname))) differentPages.push(pathname);
      });
      const photosB = await inBatches(photoList, 8, (photo) => readPhoto(b.baseURL, photo));
      const differentPhotos = photoList.filter((_, i) => photosB[i] !== photosA[i]);
      console.log(
        `${variant.title}: ${paths.length - differentPages.length}/${paths.length} pages, ` +
          `${photoList.length - differentPhotos.length}/${photoList.length} photos identical after backup and restore ` +
          `(${Math.round((Date.now() - started) / 1000)} s)`,
      );
      expect(differentPages, 'pages that differ on the restored site').toEqual([]);
      expect(differentPhotos, 'photos that differ on the restored site').toEqual([]);
    } finally {
      for (const site of sites) {
        await site.stop().catch(() => {});
        await site.cleanup();
      }
      fs.rmSync(temp, { recursive: true, force: true });
    }
  });
}
