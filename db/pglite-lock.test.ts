import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquirePgliteLock, reservePgliteLock } from './pglite-lock';

const dirs: string[] = [];
const tempDataDir = () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bureau-lock-'));
  dirs.push(root);
  return path.join(root, 'pglite');
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** Opens the embedded database through db/client in a separate process, as `npm run db:seed` would. */
function openInAnotherProcess(dataRoot: string) {
  return spawnSync(
    process.execPath,
    ['--import', 'tsx', '-e', "const m = require('./db/client.ts'); m.getDb(); m.closeDb().then(() => console.log('opened'));"],
    { env: { ...process.env, BUREAU_DATA_DIR: dataRoot, DATABASE_URL: '' }, encoding: 'utf8', cwd: process.cwd() },
  );
}

describe('the embedded database lock', () => {
  it('refuses a second process with a message that says who holds the folder', () => {
    const dir = tempDataDir();
    const release = acquirePgliteLock(dir);
    const other = openInAnotherProcess(path.dirname(dir));
    release();
    expect(other.status).not.toBe(0);
    expect(other.stdout).not.toContain('opened');
    expect(other.stderr).toContain(`already open in process ${process.pid}`);
    expect(other.stderr).toContain('DATABASE_URL');
  });

  it('a reservation (the server, at start) holds the folder until the process exits, through opening and closing', () => {
    const dir = tempDataDir();
    reservePgliteLock(dir);
    const release = acquirePgliteLock(dir); // the app opening the database in the same process
    release(); // and closing it
    expect(fs.readFileSync(`${dir}.lock`, 'utf8')).toBe(String(process.pid));
    const other = openInAnotherProcess(path.dirname(dir));
    expect(other.status).not.toBe(0);
    expect(other.stderr).toContain(`already open in process ${process.pid}`);
  });

  it('lets the next process in once the first has released the lock', () => {
    const dir = tempDataDir();
    acquirePgliteLock(dir)();
    const other = openInAnotherProcess(path.dirname(dir));
    expect(other.stderr).toBe('');
    expect(other.stdout).toContain('opened');
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  });

  it('takes over the lock of a process that died without releasing it', () => {
    const dir = tempDataDir();
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    const dead = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
    fs.writeFileSync(`${dir}.lock`, dead.stdout.trim());
    const release = acquirePgliteLock(dir);
    expect(fs.readFileSync(`${dir}.lock`, 'utf8')).toBe(String(process.pid));
    release();
  });

  it('refuses to open the same folder twice in one process', () => {
    const dir = tempDataDir();
    const release = acquirePgliteLock(dir);
    expect(() => acquirePgliteLock(dir)).toThrow(/already open in this process/);
    release();
  });
});
