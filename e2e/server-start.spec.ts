/**
 * Starting a second server on an embedded database another process holds: it must stop at once with a message
 * that names the holder, and never listen (before, it listened and answered 503 to everything, because the
 * lock was only taken at the first read). And stopping: SIGTERM finishes the requests in flight and exits in
 * seconds though clients keep connections alive; a killed starter takes its server with it. Runs the real
 * server and starter scripts against the e2e build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './test';
import { acquirePgliteLock } from '../db/pglite-lock';

test.skip(({ isMobile }) => isMobile, 'a process check: the desktop project runs it');

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

test('a second server on a held embedded database stops before listening, saying who holds it', async () => {
  test.setTimeout(60_000);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bureau-held-'));
  const release = acquirePgliteLock(path.join(root, 'pglite'));
  const port = 3190 + Math.floor(Math.random() * 50);
  try {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts'], {
      env: { ...process.env, DATABASE_URL: '', BUREAU_DATA_DIR: root, PORT: String(port), BUREAU_DIST_DIR: process.env.BUREAU_DIST_DIR || '.next-test' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => (child.kill('SIGKILL'), resolve(null)), 30_000);
      child.once('exit', (exit) => (clearTimeout(timer), resolve(exit)));
    });
    expect(code, output).toBe(1);
    expect(output).toContain(`already open in process ${process.pid}`);
    expect(output).not.toContain('listening');
    expect(await listening(port)).toBe(false);
  } finally {
    release();
    fs.rmSync(root, { recursive: true, force: true });
  }
});

/** A server of the e2e build on its own empty embedded database and port, started as `npm start` does. */
async function startServer(script: 'scripts/server.ts', extra: { ipc?: boolean } = {}) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bureau-stop-'));
  const port = 3250 + Math.floor(Math.random() * 100);
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, DATABASE_URL: '', BUREAU_DATA_DIR: root, PORT: String(port), BUREAU_DIST_DIR: process.env.BUREAU_DIST_DIR || '.next-test', BUREAU_STOP_GRACE_MS: '8000' },
    stdio: extra.ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 60_000;
  while (!(await listening(port))) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const exited = new Promise<number>((resolve) => child.once('exit', () => resolve(Date.now())));
  return { child, port, exited, output: () => output, cleanup: () => (child.kill('SIGKILL'), fs.rmSync(root, { recursive: true, force: true })) };
}

const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

test('SIGTERM while clients keep connections alive: every request in flight is answered, and the server exits in seconds', async () => {
  test.setTimeout(120_000);
  const server = await startServer('scripts/server.ts');
  try {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
    const counts = { answered: 0, refused: 0, reset: 0 };
    let running = true;
    const client = async () => {
      while (running) {
        await new Promise<void>((resolve) => {
          const request = http.get({ host: '127.0.0.1', port: server.port, path: '/bureau-logo.png', agent }, (response) => {
            response.resume();
            response.on('end', () => (counts.answered++, resolve()));
          });
          request.on('error', (error: NodeJS.ErrnoException) => {
            if (error.code === 'ECONNREFUSED') counts.refused++;
            else counts.reset++;
            resolve();
          });
        });
        if (counts.refused) await new Promise((r) => setTimeout(r, 50));
      }
    };
    const clients = Array.from({ length: 8 }, client);
    // Under way: the first answers can take a moment (the server loads its routes on first use).
    for (const started = Date.now(); counts.answered < 50 && Date.now() - started < 30_000; ) await new Promise((r) => setTimeout(r, 100));
    const before = counts.answered;
    const signalled = Date.now();
    server.child.kill('SIGTERM');
    const exitedAt = await Promise.race([server.exited, new Promise<number>((r) => setTimeout(() => r(0), 15_000))]);
    running = false;
    await Promise.all(clients);
    agent.destroy();
    expect(before, `requests were answered before the signal (${JSON.stringify(counts)})`).toBeGreaterThanOrEqual(50);
    expect(exitedAt, `the server exits (output:\n${server.output()})`).toBeGreaterThan(0);
    expect(exitedAt - signalled).toBeLessThan(5000);
    expect(counts.reset, 'requests cut off without an answer').toBe(0);
  } finally {
    server.cleanup();
  }
});

test('a server whose starter is killed stops too, instead of running on orphaned', async () => {
  test.setTimeout(120_000);
  // The starter's side of the channel is this test: closing it is what the starter's death does.
  const server = await startServer('scripts/server.ts', { ipc: true });
  try {
    expect(alive(server.child)).toBe(true);
    server.child.disconnect();
    const exitedAt = await Promise.race([server.exited, new Promise<number>((r) => setTimeout(() => r(0), 15_000))]);
    expect(exitedAt, server.output()).toBeGreaterThan(0);
    expect(await listening(server.port)).toBe(false);
  } finally {
    server.cleanup();
  }
});
