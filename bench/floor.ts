/**
 * The framework's floor, built in the same run: a Next.js app of one prerendered page with ~8 KB of text and
 * nothing else (no proxy, no data, no client components), built and started with the project's own Next.js.
 * Bureau's pages are compared with it: a cached story should cost no more than the framework itself.
 * Written into .data/bench/floor-app at run time (nothing of it is committed).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startNodeServer } from './processes';

const nextBin = path.resolve('node_modules/next/dist/bin/next');

const paragraph =
  '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.</p>';

export async function startFloor(dir: string, port: number): Promise<{ base: string; stop: () => Promise<void> }> {
  const app = path.join(dir, 'app');
  fs.mkdirSync(app, { recursive: true });
  fs.writeFileSync(
    path.join(app, 'layout.tsx'),
    `export default function Layout({ children }: { children: React.ReactNode }) {\n  return (<html lang="en"><body>{children}</body></html>);\n}\n`,
  );
  fs.writeFileSync(
    path.join(app, 'page.tsx'),
    `export default function Page() {\n  return (<main><h1>Floor</h1><div dangerouslySetInnerHTML={{ __html: ${JSON.stringify(paragraph.repeat(30))} }} /></main>);\n}\n`,
  );
  fs.writeFileSync(path.join(dir, 'next.config.mjs'), 'export default { poweredByHeader: false };\n');
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { jsx: 'preserve', strict: true, module: 'esnext', moduleResolution: 'bundler', skipLibCheck: true, noEmit: true, esModuleInterop: true, isolatedModules: true, lib: ['dom', 'esnext'], target: 'ES2022', allowJs: false, resolveJsonModule: true, incremental: false }, include: ['**/*.tsx', '**/*.ts'] }),
  );
  if (!fs.existsSync(path.join(dir, '.next', 'BUILD_ID'))) {
    const build = spawnSync(process.execPath, [nextBin, 'build', dir], { encoding: 'utf8', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    if (build.status !== 0) throw new Error(`The floor app did not build:\n${build.stdout}\n${build.stderr}`);
  }
  const base = `http://127.0.0.1:${port}`;
  const { stop } = await startNodeServer({
    args: [nextBin, 'start', dir, '-p', String(port), '-H', '127.0.0.1'],
    env: { NODE_ENV: 'production' },
    readyUrl: `${base}/`,
    label: 'The floor app',
    attempts: 120,
    intervalMs: 500,
  });
  return { base, stop };
}
