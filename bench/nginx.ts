/**
 * nginx for the benchmark, on loopback, in a folder of its own:
 * - the reference: nginx serving a story page's very bytes as a file (gzip_static: the compressed bytes the
 *   portal sent, served as they are), the physical limit of this machine for that page;
 * - the front cache as shipped: deploy/nginx/bureau-maps.conf and bureau-locations.conf included unchanged, in
 *   front of the portal;
 * - optionally (passPort) the same front without its micro-cache: a copy of bureau-locations.conf, made at run
 *   time, whose only change is `proxy_cache off` in `location /`. Same headers, upstream and retries: what one,
 *   two or three instances do behind nginx when nothing is cached (the multi-instance mode of bench/run.ts).
 * Also used by scripts/multi-instance-check.ts (front cache only, no static server: `staticPort` left out).
 * The master is started by whoever runs this (root on CI) with its own prefix, pid, logs, temp and cache folders
 * under `dir`: it never reads /etc/nginx nor listens on port 80.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { registerStop } from './processes';

export type Nginx = { staticBase: string; frontBase: string; passBase: string | null; dir: string; stop: () => Promise<void>; version: string };

export function nginxBinary(): string | null {
  for (const candidate of ['nginx', '/usr/sbin/nginx', '/usr/local/sbin/nginx']) {
    if (spawnSync(candidate, ['-v'], { stdio: 'ignore' }).error === undefined) return candidate;
  }
  return null;
}

export async function startNginx(options: {
  binary: string;
  dir: string;
  origins: string[];
  /** The reference server of the page as a file; left out, there is none. */
  staticPort?: number;
  frontPort: number;
  /** A second front on this port with the same locations and `proxy_cache off`. */
  passPort?: number;
  files?: Record<string, Buffer>;
  /** A file to log each request's status and the instances nginx tried (`$upstream_addr`, `$upstream_status`). */
  accessLog?: string;
}): Promise<Nginx> {
  const { dir } = options;
  fs.rmSync(dir, { recursive: true, force: true });
  for (const sub of ['static', 'cache', 'temp', 'logs']) fs.mkdirSync(path.join(dir, sub), { recursive: true });
  for (const [name, bytes] of Object.entries(options.files ?? {})) fs.writeFileSync(path.join(dir, 'static', name), bytes);
  const deploy = path.resolve('deploy', 'nginx');
  let passServer = '';
  if (options.passPort) {
    const shipped = fs.readFileSync(path.join(deploy, 'bureau-locations.conf'), 'utf8');
    const cacheLine = /^(\s*)proxy_cache bureau;$/m;
    if (!cacheLine.test(shipped)) throw new Error('deploy/nginx/bureau-locations.conf has no `proxy_cache bureau;` line to switch off.');
    fs.writeFileSync(path.join(dir, 'bureau-locations-pass.conf'), shipped.replace(cacheLine, '$1proxy_cache off;'));
    passServer = `
  server {
    listen 127.0.0.1:${options.passPort};
    gzip off;
    include ${dir}/bureau-locations-pass.conf;
  }`;
  }
  // Started by root (CI), nginx's workers would run as nobody, who cannot reach a checkout under /root: they run as
  // the user who started it (whose files these are) instead.
  const user = process.getuid?.() === 0 ? 'user root root;\n' : '';
  const conf = `
${user}worker_processes ${Math.max(1, Math.min(2, os.cpus().length))};
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
events { worker_connections 4096; }
http {
${options.accessLog ? `  log_format upstreams '$status "$upstream_addr" "$upstream_status" $request_uri';\n  access_log ${options.accessLog} upstreams;` : '  access_log off;'}
  default_type text/html;
  client_body_temp_path ${dir}/temp/body;
  proxy_temp_path ${dir}/temp/proxy;
  fastcgi_temp_path ${dir}/temp/fastcgi;
  uwsgi_temp_path ${dir}/temp/uwsgi;
  scgi_temp_path ${dir}/temp/scgi;
  include ${deploy}/bureau-maps.conf;
  proxy_cache_path ${dir}/cache levels=1:2 keys_zone=bureau:20m max_size=1g inactive=10m use_temp_path=off;
  upstream bureau_origin {
${options.origins.map((o) => `    server ${o} max_fails=1 fail_timeout=5s;`).join('\n')}
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${options.frontPort};
    gzip off;
    include ${deploy}/bureau-locations.conf;
  }${passServer}
${
  options.staticPort === undefined
    ? ''
    : `  server {
    listen 127.0.0.1:${options.staticPort};
    root ${dir}/static;
    gzip_static on;
    etag off;
    location / { try_files $uri =404; }
  }
`
}}
`;
  fs.writeFileSync(path.join(dir, 'nginx.conf'), conf);
  const version = spawnSync(options.binary, ['-v'], { encoding: 'utf8' }).stderr.trim().replace(/^nginx version: /, '');
  const test = spawnSync(options.binary, ['-t', '-p', dir, '-e', path.join(dir, 'logs', 'error.log'), '-c', path.join(dir, 'nginx.conf')], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx refused the configuration:\n${test.stderr}`);
  const child: ChildProcess = spawn(options.binary, ['-p', dir, '-e', path.join(dir, 'logs', 'error.log'), '-c', path.join(dir, 'nginx.conf')], { stdio: 'ignore' });
  const staticBase = `http://127.0.0.1:${options.staticPort ?? options.frontPort}`;
  const frontBase = `http://127.0.0.1:${options.frontPort}`;
  const passBase = options.passPort ? `http://127.0.0.1:${options.passPort}` : null;
  // Listening is enough (a request to the front would already reach the portal).
  const listening = () =>
    new Promise<boolean>((resolve) => {
      const socket = net.connect(options.frontPort, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
  for (let i = 0; i < 100 && !(await listening()); i++) {
    if (child.exitCode !== null) {
      const log = fs.readFileSync(path.join(dir, 'logs', 'error.log'), 'utf8').split('\n').slice(-5).join('\n');
      throw new Error(`nginx exited (${child.exitCode}) at start:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    staticBase,
    frontBase,
    passBase,
    dir,
    version,
    stop: registerStop(
      () =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGQUIT');
          setTimeout(() => child.kill('SIGKILL'), 3000).unref();
        }),
    ),
  };
}
