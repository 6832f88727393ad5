/**
 * The load generator: wrk where it is installed (C, two threads: the least load-generator overhead on these two
 * cores), otherwise autocannon from npm. Both report requests per second, latency percentiles and errors the
 * same way, so figures compare within one run.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type LoadResult = {
  tool: string;
  requests: number;
  rps: number;
  /** Latency percentiles in milliseconds. */
  p50: number;
  p95: number;
  p99: number;
  /** Connection errors, timeouts and responses with status ≥ 400. */
  errors: number;
};

export type LoadOptions = {
  base: string;
  /** One path, or several used in turn (search queries). */
  paths: string[];
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
};

export function hasWrk(): boolean {
  return spawnSync('wrk', ['--version'], { stdio: 'ignore' }).error === undefined;
}

const WRK_SCRIPT = `
local paths = {}
for p in string.gmatch(os.getenv("BENCH_PATHS"), "[^\\n]+") do paths[#paths + 1] = p end
local headers = {}
for line in string.gmatch(os.getenv("BENCH_HEADERS") or "", "[^\\n]+") do
  local name, value = string.match(line, "^([^:]+):%s*(.*)$")
  if name then headers[name] = value end
end
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i], headers)
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("BENCH_JSON {\\"requests\\":%d,\\"duration\\":%d,\\"errors\\":%d,\\"p50\\":%f,\\"p95\\":%f,\\"p99\\":%f}\\n",
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout + e.status,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
`;

async function withWrk(options: LoadOptions): Promise<LoadResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bureau-wrk-'));
  const script = path.join(dir, 'bench.lua');
  fs.writeFileSync(script, WRK_SCRIPT);
  const env = {
    ...process.env,
    BENCH_PATHS: options.paths.join('\n'),
    BENCH_HEADERS: Object.entries(options.headers ?? {}).map(([k, v]) => `${k}: ${v}`).join('\n'),
  };
  const threads = Math.min(2, options.connections);
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn('wrk', [`-t${threads}`, `-c${options.connections}`, `-d${options.seconds}s`, '--timeout', '10s', '-s', script, options.base], { env });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`wrk exited with ${code}: ${text}`))));
  });
  fs.rmSync(dir, { recursive: true, force: true });
  const line = output.split('\n').find((l) => l.startsWith('BENCH_JSON '));
  if (!line) throw new Error(`wrk printed no result: ${output}`);
  const r = JSON.parse(line.slice('BENCH_JSON '.length)) as { requests: number; duration: number; errors: number; p50: number; p95: number; p99: number };
  return { tool: 'wrk', requests: r.requests, rps: r.requests / (r.duration / 1e6), p50: r.p50 / 1000, p95: r.p95 / 1000, p99: r.p99 / 1000, errors: r.errors };
}

async function withAutocannon(options: LoadOptions): Promise<LoadResult> {
  const { default: autocannon } = await import('autocannon');
  let i = 0;
  const result = await autocannon({
    url: options.base,
    connections: options.connections,
    duration: options.seconds,
    headers: options.headers,
    requests: [{ setupRequest: (request) => ({ ...request, path: options.paths[i++ % options.paths.length]! }) }],
  });
  return {
    tool: 'autocannon',
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    // autocannon reports p90 and p97.5, not p95: the higher one is given, so a target met here is met.
    p95: result.latency.p97_5,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result['4xx'] + result['5xx'],
  };
}

export function runLoad(options: LoadOptions): Promise<LoadResult> {
  return hasWrk() ? withWrk(options) : withAutocannon(options);
}
