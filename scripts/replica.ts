/**
 * A streaming read replica of the local PostgreSQL cluster, for trying DATABASE_REPLICA_URLS and for
 * db/queries/replicas.test.ts. Needs root on a Debian-style PostgreSQL (binaries in /usr/lib/postgresql/<v>/bin),
 * with the primary at 127.0.0.1:5432.
 *
 *   npx tsx scripts/replica.ts start [port]   # base backup + start (reuses a replica already running there)
 *   npx tsx scripts/replica.ts stop [port]    # stops it and removes its folder
 *
 * What it changes on the primary: one pg_hba.conf line, `host replication all 127.0.0.1/32 trust`, added (with a
 * comment) only when no rule allows replication from 127.0.0.1, then a configuration reload. It is left in place:
 * it grants nothing that `host all all 127.0.0.1/32 trust` does not, and a replica started by another run may
 * need it to reconnect.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';

export const PRIMARY_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export type ReplicaInfo = { port: number; dataDir: string; reused: boolean };

function binDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const versions = fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', 'pg_basebackup')));
  versions.sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], 'bin') : null;
}

/** Why a replica cannot be made here, or null when it can. */
export function replicaUnavailableReason(): string | null {
  if (process.getuid?.() !== 0) return 'making a replica needs root (it runs PostgreSQL as the postgres user)';
  if (!binDir()) return 'no PostgreSQL server binaries in /usr/lib/postgresql/*/bin';
  if (spawnSync('id', ['-u', 'postgres']).status !== 0) return 'no postgres OS user';
  return null;
}

export const replicaDataDir = (port: number) => path.join('/tmp', `bureau-replica-${port}`);

function run(command: string, args: string[], options: { asPostgres?: boolean } = {}) {
  const [cmd, argv] = options.asPostgres ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  const result = spawnSync(cmd, argv, { encoding: 'utf8', cwd: '/tmp' });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr || result.stdout}`);
  }
  return result.stdout;
}

async function query<T extends postgres.Row>(url: string, text: string): Promise<T[]> {
  const sql = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => {} });
  try {
    return await sql.unsafe<T[]>(text);
  } finally {
    await sql.end({ timeout: 2 });
  }
}

const urlAt = (port: number) => `postgres://postgres@127.0.0.1:${port}/postgres`;

/** Lets 127.0.0.1 connect for replication (trust, like the existing 127.0.0.1 rule), if nothing does yet. */
async function allowReplication() {
  const hba = (await query<{ hba_file: string }>(PRIMARY_URL, 'show hba_file'))[0]!.hba_file;
  const rules = await query<{ n: number }>(
    PRIMARY_URL,
    `select count(*)::int as n from pg_hba_file_rules
      where error is null and type in ('host', 'hostnossl') and 'replication' = any(database)
        and address in ('127.0.0.1', 'all', 'samehost') and auth_method = 'trust'`,
  );
  if (rules[0]!.n > 0) return;
  fs.appendFileSync(hba, '\n# Added by Bureau scripts/replica.ts: streaming replicas on this machine (tests).\nhost replication all 127.0.0.1/32 trust\n');
  await query(PRIMARY_URL, 'select pg_reload_conf()');
  // The reload is asynchronous: wait until the postmaster has read the new file.
  for (let i = 0; i < 50; i++) {
    const [row] = await query<{ n: number }>(PRIMARY_URL, `select count(*)::int as n from pg_hba_file_rules where 'replication' = any(database)`);
    if (row!.n > 0) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The replica at `port` if it runs and replicates this primary's cluster; null if nothing answers there. */
async function runningReplica(port: number): Promise<boolean | null> {
  let rows: { standby: boolean; system: string }[];
  try {
    rows = await query(urlAt(port), 'select pg_is_in_recovery() as standby, system_identifier::text as system from pg_control_system()');
  } catch {
    return null;
  }
  const [primary] = await query<{ system: string }>(PRIMARY_URL, 'select system_identifier::text as system from pg_control_system()');
  return Boolean(rows[0]?.standby) && rows[0]!.system === primary!.system;
}

/**
 * Starts a streaming replica of the local cluster on `port` (5434 by default), or reuses the one running there.
 * Resolves once it accepts connections and streams. Seconds for a small cluster.
 */
export async function ensureReplica(port = 5434): Promise<ReplicaInfo> {
  const reason = replicaUnavailableReason();
  if (reason) throw new Error(`Cannot make a replica: ${reason}.`);
  const dataDir = replicaDataDir(port);
  const running = await runningReplica(port);
  if (running === true) return { port, dataDir, reused: true };
  if (running === false) throw new Error(`Port ${port} answers but is not a replica of 127.0.0.1:5432: choose another port.`);

  const bin = binDir()!;
  // A folder left by an interrupted run: stop whatever might still use it, then start over.
  if (fs.existsSync(dataDir)) {
    spawnSync('runuser', ['-u', 'postgres', '--', path.join(bin, 'pg_ctl'), '-D', dataDir, '-m', 'immediate', 'stop'], { cwd: '/tmp' });
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  await allowReplication();
  fs.mkdirSync(dataDir, { mode: 0o700 });
  run('chown', ['postgres:postgres', dataDir]);
  // -R writes standby.signal and primary_conninfo; -X stream copies the WAL made during the backup.
  run(path.join(bin, 'pg_basebackup'), ['-h', '127.0.0.1', '-p', '5432', '-U', 'postgres', '-D', dataDir, '-R', '-X', 'stream', '--checkpoint=fast'], { asPostgres: true });

  // Debian keeps the configuration in /etc, outside the data folder: write one here. A standby needs these limits
  // at least as high as the primary's.
  const settings = await query<{ name: string; setting: string }>(
    PRIMARY_URL,
    `select name, setting from pg_settings
      where name in ('max_connections', 'max_worker_processes', 'max_wal_senders', 'max_prepared_transactions', 'max_locks_per_transaction')`,
  );
  const conf = [
    `port = ${port}`,
    `listen_addresses = '127.0.0.1'`,
    `unix_socket_directories = '${dataDir}'`,
    'hot_standby = on',
    'shared_buffers = 32MB',
    ...settings.map((s) => `${s.name} = ${s.setting}`),
    '',
  ].join('\n');
  const write = (name: string, text: string) => {
    fs.writeFileSync(path.join(dataDir, name), text);
    run('chown', ['postgres:postgres', path.join(dataDir, name)]);
  };
  write('postgresql.conf', conf);
  write('pg_hba.conf', 'local all all trust\nhost all all 127.0.0.1/32 trust\n');
  write('pg_ident.conf', '');
  run(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-l', path.join(dataDir, 'server.log'), '-w', '-t', '120', 'start'], { asPostgres: true });

  for (let i = 0; i < 200; i++) {
    const [row] = await query<{ status: string | null }>(urlAt(port), 'select (select status from pg_stat_wal_receiver) as status').catch(() => [{ status: null }]);
    if (row?.status === 'streaming') return { port, dataDir, reused: false };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The replica on port ${port} started but does not stream; see ${path.join(dataDir, 'server.log')}`);
}

/** Stops the replica on `port` (fast shutdown) and removes its folder. Harmless when none runs. */
export function stopReplica(port = 5434): void {
  const dataDir = replicaDataDir(port);
  const bin = binDir();
  if (bin && fs.existsSync(path.join(dataDir, 'postmaster.pid'))) {
    spawnSync('runuser', ['-u', 'postgres', '--', path.join(bin, 'pg_ctl'), '-D', dataDir, '-m', 'fast', '-w', 'stop'], { cwd: '/tmp', stdio: 'ignore' });
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
}

/** Stops the replica's server but keeps its folder: for trying what readers get while a replica is down. */
export function pauseReplica(port = 5434): void {
  const bin = binDir();
  if (!bin) return;
  run(path.join(bin, 'pg_ctl'), ['-D', replicaDataDir(port), '-m', 'fast', '-w', 'stop'], { asPostgres: true });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) {
  const [command, portArg] = process.argv.slice(2);
  const port = Number(portArg || 5434);
  if (command === 'start') {
    const started = Date.now();
    ensureReplica(port).then(
      (info) => console.log(`Replica on 127.0.0.1:${info.port} (${info.reused ? 'already running' : `made in ${((Date.now() - started) / 1000).toFixed(1)} s`}), data in ${info.dataDir}`),
      (error: unknown) => {
        console.error(error instanceof Error ? error.message : error);
        process.exit(1);
      },
    );
  } else if (command === 'stop') {
    stopReplica(port);
    console.log(`Replica on port ${port} stopped.`);
  } else {
    console.error('usage: npx tsx scripts/replica.ts start|stop [port]');
    process.exit(2);
  }
}
