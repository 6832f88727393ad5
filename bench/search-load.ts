/**
 * Search under load: `--clients` concurrent loops (20 by default) each running searchStories (the whole read the
 * search page does: candidates, ranking, the page's rows, snippets, covers) with realistic queries for
 * `--seconds`, then p50 / p95 / p99 latency and throughput.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/hc_10k npx tsx bench/search-load.ts [--clients 20] [--seconds 20]
 *
 * Queries (deterministic): a third common words, a third rarer words (the dataset's long tail), then two-word
 * queries, names, and misspelt words that fall back to headline similarity; in all three languages.
 */
import { tailWords, vocabularies } from './vocabulary';

const args = process.argv.slice(2);
const value = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1]! : fallback;
};
const clients = Number(value('--clients', '20'));
const seconds = Number(value('--seconds', '20'));
process.env.DATABASE_POOL_SIZE ??= String(clients);

const locales = ['ru', 'az', 'en'] as const;

function queries(count: number): { locale: (typeof locales)[number]; q: string }[] {
  let a = 12345;
  const r = () => {
    a = (a * 1664525 + 1013904223) >>> 0;
    return a / 4294967296;
  };
  const out: { locale: (typeof locales)[number]; q: string }[] = [];
  const tails = Object.fromEntries(locales.map((l) => [l, tailWords(l, 6000)])) as Record<(typeof locales)[number], string[]>;
  for (let i = 0; i < count; i++) {
    const locale = locales[i % 3]!;
    const v = vocabularies[locale];
    const common = () => v.words[Math.floor(v.words.length * r() ** 2)]!;
    const rare = () => tails[locale][Math.floor(6000 * r() ** 3)]!;
    const x = r();
    let q: string;
    if (x < 0.33) q = common();
    else if (x < 0.66) q = rare();
    else if (x < 0.84) q = `${common()} ${r() < 0.5 ? common() : rare()}`;
    else if (x < 0.94) q = v.names[Math.floor(r() * v.names.length)]!;
    else {
      const w = common();
      const at = 1 + Math.floor(r() * (w.length - 2));
      q = w.slice(0, at) + w.slice(at + 1, at + 2) + w.slice(at, at + 1) + w.slice(at + 2);
    }
    out.push({ locale, q });
  }
  return out;
}

async function main() {
  const { searchFiltersSchema, searchStories } = await import('@/db/queries/search');
  const { closeDb } = await import('@/db/client');
  const list = queries(2000);
  // Warm up: every connection opened, caches warm.
  await Promise.all(list.slice(0, clients * 2).map((x) => searchStories(x.locale, searchFiltersSchema.parse({ q: x.q }))));
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) {
        const x = list[next++ % list.length]!;
        const t0 = performance.now();
        await searchStories(x.locale, searchFiltersSchema.parse({ q: x.q }));
        latencies.push(performance.now() - t0);
      }
    }),
  );
  latencies.sort((p, q) => p - q);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!.toFixed(1);
  console.log(
    `${clients} clients, ${seconds} s: ${latencies.length} searches (${(latencies.length / seconds).toFixed(0)}/s), p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms`,
  );
  await closeDb();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
