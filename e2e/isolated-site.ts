/**
 * A site of its own for process-level tests: a copy of the e2e build without the page caches other servers wrote
 * into it (a copy with them serves another site's pages until they expire), its own data and media folders, port and,
 * on PostgreSQL, a database made for it on the server of DATABASE_URL; started by scripts/start.ts as `npm start`
 * starts it, and stopped with SIGTERM. The build is copied with fs.cpSync, which copies the build's
 * node_modules symlinks so that they still resolve (`cp -r` does not).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import postgres from 'postgres';

const builtDir = process.env.BUREAU_DIST_DIR || '.next-test';
/** What servers write into a build folder: Next's page cache (server/route-cache) and data cache, tag times (cache). */
const pageCaches = ['cache', path.join('server', 'route-cache')];

/** A copy of the e2e build at `distDir`, without the page caches other servers wrote into it. */
export function copyBuild(distDir: string) {
  fs.cpSync(builtDir, distDir, { recursive: true, filter: (source) => !pageCaches.includes(path.relative(builtDir, source)) });
}

export function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

export async function waitFor(check: () => Promise<boolean>, what: string, ms = 90_000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export type IsolatedSite = {
  baseURL: string;
  /** The environment the site runs with (also for running scripts against its database and folders). */
  env: NodeJS.ProcessEnv;
  dataDir: string;
  mediaDir: string;
  /** The site's own database on PostgreSQL; undefined on the embedded database. */
  databaseUrl: string | undefined;
  /** Runs e2e/prepare-server.ts (migrations, the e2e staff accounts). */
  prepare: () => void;
  start: () => Promise<void>;
  stop: () => Promise<void>;
  output: () => string;
  cleanup: () => Promise<void>;
};

export type IsolatedSiteOptions = {
  /** Names the folder under .data/ and the database. */
  prefix: string;
  database: 'embedded' | 'postgres';
  /** A redis-server of its own (REDIS_URL). */
  redis?: boolean;
  /** BUREAU_SEED_DEMO=1; start.ts loads the demo content into an empty embedded database either way. */
  seedDemo?: boolean;
  /** BUREAU_SITE_URL; the site's own address when unset. */
  siteUrl?: string;
  /** Ports to pick from, [first, last]. */
  ports?: readonly [number, number];
  /** Further settings, applied last. */
  env?: Record<string, string>;
};

async function freePort([first, last]: readonly [number, number]): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = first + Math.floor(Math.random() * (last - first + 1));
    if (!(await listening(port))) return port;
  }
  throw new Error(`no free port in ${first}-${last}`);
}

export async function isolatedSite(options: IsolatedSiteOptions): Promise<IsolatedSite> {
  const name = `${options.prefix}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const root = path.join('.data', name);
  const distDir = path.join(root, 'dist');
  fs.mkdirSync(root, { recursive: true });
  copyBuild(distDir);
  const port = await freePort(options.ports ?? [3700, 3799]);
  const baseURL = `http://127.0.0.1:${port}`;
  const dataDir = path.join(root, 'data');
  const mediaDir = path.join(root, 'media');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    BUREAU_DIST_DIR: distDir,
    BUREAU_DATA_DIR: dataDir,
    BUREAU_MEDIA_DIR: mediaDir,
    BUREAU_SITE_URL: options.siteUrl ?? baseURL,
    BUREAU_SEED_DEMO: options.seedDemo ? '1' : '',
    BUREAU_STOP_GRACE_MS: '5000',
    DATABASE_URL: '',
    REDIS_URL: '',
  };
  let databaseUrl: string | undefined;
  let dropDatabase = async () => {};
  if (options.database === 'postgres') {
    const url = new URL(process.env.DATABASE_URL!);
    const admin = postgres(url.toString(), { max: 1, onnotice: () => {} });
    const database = name.replace(/-/g, '_');
    await admin.unsafe(`CREATE DATABASE "${database}"`);
    await admin.end();
    url.pathname = `/${database}`;
    databaseUrl = env.DATABASE_URL = url.toString();
    dropDatabase = async () => {
      const again = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
      await again.unsafe(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await again.end();
    };
  }
  let redis: ChildProcess | undefined;
  if (options.redis) {
    const redisPort = await freePort(options.ports ?? [3700, 3799]);
    redis = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    await waitFor(() => listening(redisPort), 'redis-server listens', 10_000);
    env.REDIS_URL = `redis://127.0.0.1:${redisPort}/0`;
  }
  Object.assign(env, options.env);

  const prepare = () => {
    const prepared = spawnSync(process.execPath, ['--import', 'tsx', 'e2e/prepare-server.ts'], { env, encoding: 'utf8' });
    if (prepared.status !== 0) throw new Error(`prepare-server failed:\n${prepared.stdout}${prepared.stderr}`);
  };

  let output = '';
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const running = child;
    await waitFor(async () => {
      if (running.exitCode !== null) throw new Error(`the server stopped:\n${output}`);
      return (await fetch(`${baseURL}/ru`).catch(() => null))?.status === 200;
    }, `the server answers on ${baseURL}\n${output}`);
  };
  const stop = async () => {
    const running = child;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    await exited;
    await waitFor(async () => !(await listening(port)), 'the port is free', 15_000);
  };
  const cleanup = async () => {
    child?.kill('SIGKILL');
    redis?.kill('SIGKILL');
    await dropDatabase().catch(() => {});
    fs.rmSync(root, { recursive: true, force: true });
  };
  return { baseURL, env, dataDir, mediaDir, databaseUrl, prepare, start, stop, output: () => output, cleanup };
}
