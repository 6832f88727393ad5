/**
 * Stopping what the benchmark starts. Servers are spawned `detached`, so each is the leader of a process group of
 * its own: signalling the group (-pid) also stops the children they start (scripts/start.ts → scripts/server.ts,
 * `next start` → next-server, which a signal to the parent alone would leave running). Every stop is also registered, so Ctrl-C or a failure stops them all.
 */
import { spawn, type ChildProcess } from 'node:child_process';

const running = new Set<() => Promise<void>>();

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // The group is gone already.
  }
}

/**
 * A stop function for a child spawned with `detached: true`: SIGTERM to its group, SIGKILL after `graceMs`.
 * Resolves once the child has exited. Registered until called, for stopAll().
 */
export function groupStopper(child: ChildProcess, graceMs = 5000): () => Promise<void> {
  const stop = () => {
    running.delete(stop);
    return new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return resolve();
      child.once('exit', () => resolve());
      signalGroup(child, 'SIGTERM');
      setTimeout(() => {
        signalGroup(child, 'SIGKILL');
        // A child that ignores both and never reports its exit should not hold the benchmark.
        setTimeout(resolve, 1000).unref();
      }, graceMs).unref();
    });
  };
  running.add(stop);
  return stop;
}

/** Registers any other stop function (nginx) until it is called. */
export function registerStop(stop: () => Promise<void>): () => Promise<void> {
  const wrapped = () => {
    running.delete(wrapped);
    return stop();
  };
  running.add(wrapped);
  return wrapped;
}

/** Stops everything still running, e.g. after a failure or on Ctrl-C. */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((stop) => stop().catch(() => {})));
}

let handlersInstalled = false;
/** On SIGINT/SIGTERM: stop every registered process, then exit. */
export function stopAllOnSignals() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping the servers the benchmark started…`);
      void stopAll().finally(() => process.exit(130));
    });
  }
}

/**
 * Starts a Node.js server (`args` after the node binary) in a process group of its own, and waits until `readyUrl`
 * answers 2xx, polling every `intervalMs` for at most `attempts` tries. Its output is kept for the error message
 * when it exits or never answers; then it is stopped.
 */
export async function startNodeServer(options: {
  args: string[];
  env: Record<string, string>;
  readyUrl: string;
  label: string;
  attempts: number;
  intervalMs: number;
}): Promise<{ stop: () => Promise<void>; output: () => string }> {
  const child: ChildProcess = spawn(process.execPath, options.args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...options.env },
  });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const stop = groupStopper(child);
  for (let i = 0; i < options.attempts; i++) {
    if (child.exitCode !== null) throw new Error(`${options.label} did not start:\n${output}`);
    if (await fetch(options.readyUrl).then((r) => r.ok, () => false)) return { stop, output: () => output };
    await new Promise((r) => setTimeout(r, options.intervalMs));
  }
  await stop();
  const waited = Math.round((options.attempts * options.intervalMs) / 1000);
  throw new Error(`${options.label} did not answer within ${waited} s:\n${output}`);
}
