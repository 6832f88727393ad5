/**
 * Several Bureau instances for the benchmark's multi-instance mode (`npm run bench -- --instances 1,2,3`), as the
 * README's "Several instances" runs them in production: one build, one database, one Redis for the shared cache
 * (lib/shared-cache.mjs), each instance its own `node --import tsx scripts/server.ts` with NODE_ENV=production.
 * The migrations are applied before, by scripts/start.ts (bench/run.ts starts it once on the same database).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { groupStopper, startNodeServer } from './processes';

const sleep = (n: number) => new Promise((r) => setTimeout(r, n));

export type Redis = { url: string; stop: () => Promise<void> };

/** A redis-server of the benchmark's own on loopback: no persistence, old pages evicted as in production. */
export async function startRedis(port: number): Promise<Redis> {
  if (spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).error) {
    throw new Error('The multi-instance mode needs redis-server (Debian: apt-get install redis-server).');
  }
  if (spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout?.trim() === 'PONG') {
    throw new Error(`Something already answers on port ${port}: set BENCH_REDIS_PORT to a free port.`);
  }
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory', '512mb', '--maxmemory-policy', 'allkeys-lru'],
    { detached: true, stdio: 'ignore' },
  );
  const stop = groupStopper(child, 2000);
  for (let i = 0; i < 50; i++) {
    if (spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout?.trim() === 'PONG') {
      return { url: `redis://127.0.0.1:${port}/0`, stop };
    }
    await sleep(100);
  }
  await stop();
  throw new Error(`redis-server did not start on port ${port}.`);
}

export type Instance = { port: number; base: string; stop: () => Promise<void> };

export async function startInstance(options: { port: number; env: Record<string, string> }): Promise<Instance> {
  const base = `http://127.0.0.1:${options.port}`;
  // scripts/server.ts started directly, in a group of its own: stopping the group stops the server itself.
  const { stop, output } = await startNodeServer({
    args: ['--import', 'tsx', 'scripts/server.ts'],
    env: {
      ...options.env,
      NODE_ENV: 'production',
      PORT: String(options.port),
      HOSTNAME: '127.0.0.1',
      // Behind nginx: the client is the last X-Forwarded-For hop.
      BUREAU_TRUST_PROXY: '1',
    },
    readyUrl: `${base}/ru`,
    label: `The instance on port ${options.port}`,
    attempts: 300,
    intervalMs: 500,
  });
  if (/unreachable|not a redis/i.test(output())) {
    await stop();
    throw new Error(`The instance on port ${options.port} cannot reach its shared cache:\n${output()}`);
  }
  return { port: options.port, base, stop };
}
