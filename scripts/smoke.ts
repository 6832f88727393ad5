/**
 * Reads the first story from a running portal in all three languages, as a reader would: from each home page,
 * follow the lead story, and compare its headline and first paragraph with the demo content.
 * Usage: tsx scripts/smoke.ts http://127.0.0.1:3000
 */
import { firstStory } from '@/db/seed/first-story';

const base = (process.argv[2] || 'http://127.0.0.1:3000').replace(/\/$/, '');

const decode = (html: string) =>
  html.replace(/<!-- -->/g, '').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');

async function main() {
  for (const locale of ['ru', 'az', 'en'] as const) {
    const variant = firstStory.variants[locale]!;
    const home = await fetch(`${base}/${locale}`);
    if (home.status !== 200) throw new Error(`/${locale} answered ${home.status}`);
    const lead = /class="home__lead".*?href="(\/[a-z]{2}\/news\/[a-z0-9-]+)"/s.exec(await home.text())?.[1];
    if (!lead) throw new Error(`/${locale}: no lead story link`);
    const page = await fetch(`${base}${lead}`);
    const html = decode(await page.text());
    // Headline and paragraphs are typeset (lib/typography.ts: no-break groups are spans): compare their text.
    const text = (fragment: string) => fragment.replace(/<[^>]+>/g, '');
    const h1 = text(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '');
    if (page.status !== 200 || h1 !== variant.title) throw new Error(`${lead}: ${page.status}, headline ${JSON.stringify(h1)}`);
    if (!text(html).includes(variant.body[0]!)) throw new Error(`${lead}: the first paragraph is missing`);
    const photos = html.match(/data-photo-index="/g)?.length ?? 0;
    if (photos !== firstStory.gallery!.length) throw new Error(`${lead}: ${photos} photos in the exhibition`);
    console.log(`ok ${lead}: "${h1}", ${photos} photos`);
  }
}

main().catch((error: unknown) => {
  console.error(`smoke check failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
