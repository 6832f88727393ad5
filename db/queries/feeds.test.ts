/**
 * Feeds and sitemaps against a real database (migrations and demo seed, db/test-setup.ts). An editor publishes a
 * story in Russian and Azerbaijani only (its English variant stays a draft): it must appear in exactly those
 * languages' feeds, sitemaps and news sitemaps, with hreflang alternates for exactly those languages. The XML
 * built from each read is parsed and validated (lib/xml-schemas). The story is deleted at the end, so the
 * other test files sharing a PostgreSQL database see the seed as it was.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales, type Locale } from '@/i18n/locales';
import { buildNewsSitemap, buildRss, buildUrlset } from '@/lib/feed-xml';
import { mediaStorage } from '@/lib/media-storage';
import { checkRss, readSitemap } from '@/lib/xml-schemas/validate';
import { getDb } from '../client';
import * as s from '../schema';
import { allSeedStories } from '../seed/seed';
import { as, signedInAccount, type TestAccount } from '../test-sessions';
import { FEED_SIZE, NEWS_WINDOW_MS, getNewsSitemap, loadFeed, loadNewsSitemap, loadSitemap } from './feeds';
import { createStory, deleteStory, saveVariant } from './stories';
import { setVariantStatus } from './publishing';

const siteUrl = 'https://bureau.example';
const doc = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const run = Date.now().toString(36);
const slugs = { ru: `lenta-test-${run}`, az: `lent-test-${run}`, en: `feed-test-${run}` } as const;
const titles = { ru: 'Сборная & «болельщики» <проверка>', az: 'Yığma komanda və azarkeşlər', en: 'Team & fans (draft)' } as const;
const path = (locale: Locale) => `/${locale}/news/${slugs[locale as keyof typeof slugs]}`;

let editor: TestAccount;
let storyId = 0;

beforeAll(async () => {
  editor = await signedInAccount('editor');
  const created = await as(editor, () => createStory({ category: 'sport', title: titles.ru }));
  if (!created.ok) throw new Error(created.error);
  storyId = created.id;
  for (const locale of ['ru', 'az', 'en'] as const) {
    const saved = await as(editor, () =>
      saveVariant(storyId, locale, { title: titles[locale], lead: `${titles[locale]}: lead`, body: doc('Text.'), slug: slugs[locale] }, locale === 'ru' ? 1 : 0),
    );
    if (!saved.ok) throw new Error(`${locale}: ${saved.error}`);
  }
  for (const locale of ['ru', 'az'] as const) {
    const published = await as(editor, () => setVariantStatus(storyId, locale, 'publish'));
    if (!published.ok) throw new Error(published.error);
    // Publishing expires the feeds and sitemaps of every language (a sitemap lists the other languages too).
    expect(published.revalidate).toEqual(expect.arrayContaining(locales.map((l) => `feeds:${l}`)));
  }
});

afterAll(async () => {
  if (storyId) await as(editor, () => deleteStory(storyId));
});

/** Published slugs of one language, straight from the table. */
async function publishedPaths(locale: Locale): Promise<Set<string>> {
  const rows = await getDb()
    .select({ slug: s.articleTranslations.slug })
    .from(s.articleTranslations)
    .where(and(eq(s.articleTranslations.locale, locale), eq(s.articleTranslations.status, 'published')));
  return new Set(rows.map((r) => `/${locale}/news/${r.slug}`));
}

describe('RSS feeds', () => {
  it.each(['ru', 'az'] as const)('the %s feed has the story just published, and holds only published stories of that language', async (locale) => {
    const feed = (await loadFeed(locale, null))!;
    // Newest first: the story is ahead of every seeded one (another test file sharing a PostgreSQL database may
    // have published a story a minute ahead, so it need not be the very first).
    const at = feed.items.findIndex((i) => i.path === path(locale));
    expect(feed.items[at]).toMatchObject({ path: path(locale), title: titles[locale], lead: `${titles[locale]}: lead`, category: { slug: 'sport' } });
    expect(at).toBeLessThan(3);
    const published = await publishedPaths(locale);
    expect(feed.items.length).toBe(Math.min(FEED_SIZE, published.size));
    for (const item of feed.items) expect(published.has(item.path), item.path).toBe(true);
    const times = feed.items.map((i) => Date.parse(i.publishedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('the English feed does not have it (its English variant is a draft)', async () => {
    const feed = (await loadFeed('en', null))!;
    expect(feed.items.map((i) => i.path)).not.toContain(path('en'));
    expect(feed.items.map((i) => i.title)).not.toContain(titles.en);
    expect(feed.items.length).toBe(Math.min(FEED_SIZE, (await publishedPaths('en')).size));
  });

  it('category feeds hold only their category; an unknown category is null', async () => {
    const sport = (await loadFeed('ru', 'sport'))!;
    expect(sport.category).toEqual({ slug: 'sport', name: 'Спорт' });
    expect(sport.items.map((i) => i.path)).toContain(path('ru'));
    expect(sport.items.every((i) => i.category.slug === 'sport')).toBe(true);
    expect((await loadFeed('az', 'sport'))!.items.map((i) => i.path)).toContain(path('az'));
    expect((await loadFeed('en', 'sport'))!.items.map((i) => i.path)).not.toContain(path('en'));
    expect((await loadFeed('ru', 'society'))!.items.map((i) => i.path)).not.toContain(path('ru'));
    expect(await loadFeed('ru', 'no-such-section')).toBeNull();
  });

  it("enclosures are the covers' stored files, with their stored byte size and type", async () => {
    const feed = (await loadFeed('ru', null))!;
    const withCover = feed.items.filter((i) => i.cover);
    expect(withCover.length).toBeGreaterThan(10);
    for (const item of withCover.slice(0, 5)) {
      const key = item.cover!.path.replace(/^\/media\//, '');
      const [row] = await getDb().select().from(s.media).where(eq(s.media.storageKey, key));
      expect(item.cover).toEqual({ path: `/media/${row!.storageKey}`, bytes: row!.bytes, mimeType: row!.mimeType });
      expect((await mediaStorage.get(key))?.length).toBe(row!.bytes);
    }
  });

  it('the XML built from a feed is valid RSS 2.0 with the language set', async () => {
    for (const locale of locales) {
      const feed = (await loadFeed(locale, null))!;
      const xml = buildRss({ siteUrl, locale, selfPath: `/${locale}/rss.xml`, pagePath: `/${locale}`, title: 'Bureau', description: 'News', items: feed.items });
      const channel = checkRss(xml, { siteUrl, language: locale, self: `${siteUrl}/${locale}/rss.xml` });
      expect(channel.items.map((i) => i.link)).toEqual(feed.items.map((i) => `${siteUrl}${i.path}`));
      expect(channel.items.some((i) => i.title === titles.en)).toBe(false);
    }
    const ru = checkRss(buildRss({ siteUrl, locale: 'ru', selfPath: '/ru/rss.xml', pagePath: '/ru', title: 'Bureau', description: 'News', items: (await loadFeed('ru', null))!.items }), {
      siteUrl,
      language: 'ru',
      self: `${siteUrl}/ru/rss.xml`,
    });
    expect(ru.items.map((i) => i.title)).toContain(titles.ru);
  });
});

describe('sitemaps', () => {
  it('the story is in the ru and az sitemaps with hreflang alternates for exactly ru, az and x-default → ru', async () => {
    const expected = [
      { hreflang: 'ru', path: path('ru') },
      { hreflang: 'az', path: path('az') },
      { hreflang: 'x-default', path: path('ru') },
    ];
    for (const locale of ['ru', 'az'] as const) {
      const sitemap = (await loadSitemap(locale))!;
      const entry = sitemap.entries.find((e) => e.path === path(locale));
      expect(entry, `${locale} sitemap has the story`).toBeDefined();
      expect(entry!.alternates).toEqual(expected);
      expect(Date.now() - Date.parse(entry!.lastmod!)).toBeLessThan(5 * 60_000);
    }
    const en = (await loadSitemap('en'))!;
    expect(en.entries.map((e) => e.path)).not.toContain(path('en'));
    expect(en.entries.flatMap((e) => e.alternates.map((a) => a.path))).not.toContain(path('ru'));
  });

  it('each language sitemap lists its home, its categories and every story published in it', async () => {
    for (const locale of locales) {
      const sitemap = (await loadSitemap(locale))!;
      const listed = sitemap.entries.map((e) => e.path);
      expect(listed[0]).toBe(`/${locale}`);
      expect(listed).toContain(`/${locale}/category/sport`);
      const stories = listed.filter((p) => p.startsWith(`/${locale}/news/`));
      expect(new Set(stories)).toEqual(await publishedPaths(locale));
      for (const entry of sitemap.entries) {
        // A section with nothing published yet (another file may have just added one) has no date to give.
        if (entry.lastmod === null) expect(entry.path, 'only an empty section lacks lastmod').toContain('/category/');
        else expect(entry.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T/);
        expect(entry.alternates.find((a) => a.hreflang === locale)?.path).toBe(entry.path);
      }
    }
  });

  it('a seeded story missing in Azerbaijani has no az alternate', async () => {
    const story = allSeedStories.find((st) => !st.variants.az && st.variants.en)!;
    const [row] = await getDb()
      .select({ articleId: s.articleTranslations.articleId })
      .from(s.articleTranslations)
      .where(and(eq(s.articleTranslations.locale, 'ru'), eq(s.articleTranslations.title, story.variants.ru.title)));
    const variants = await getDb().select().from(s.articleTranslations).where(eq(s.articleTranslations.articleId, row!.articleId));
    const ruPath = `/ru/news/${variants.find((v) => v.locale === 'ru')!.slug}`;
    const entry = ((await loadSitemap('ru'))!).entries.find((e) => e.path === ruPath)!;
    expect(entry.alternates.map((a) => a.hreflang)).toEqual(['ru', 'en', 'x-default']);
  });

  it('the XML built from each sitemap is valid against the sitemap and hreflang schemas', async () => {
    for (const locale of locales) {
      const sitemap = (await loadSitemap(locale))!;
      const urls = await readSitemap(buildUrlset({ siteUrl, entries: sitemap.entries }));
      expect(urls).toHaveLength(sitemap.entries.length);
      const story = urls.find((u) => u.loc === `${siteUrl}${path(locale)}`);
      if (locale === 'en') expect(story).toBeUndefined();
      else expect(story!.alternates.map((a) => a.hreflang)).toEqual(['ru', 'az', 'x-default']);
    }
  });
});

describe('Google News sitemaps', () => {
  it('have the story just published in ru and az, and none of the seeded stories of January 2026', async () => {
    const seeded = new Set(allSeedStories.flatMap((st) => Object.values(st.variants).map((v) => v.title)));
    for (const locale of ['ru', 'az'] as const) {
      const news = await loadNewsSitemap(locale);
      expect(news.items.map((i) => i.path)).toContain(path(locale));
      expect(news.items.filter((i) => seeded.has(i.title))).toEqual([]);
      for (const item of news.items) expect(Date.now() - Date.parse(item.publishedAt)).toBeLessThanOrEqual(NEWS_WINDOW_MS);
    }
    expect((await loadNewsSitemap('en')).items.map((i) => i.path)).not.toContain(path('en'));
    // The seed really is older than two days: otherwise the check above would prove nothing.
    expect(allSeedStories.every((st) => Date.now() - Date.parse(st.publishedAt) > NEWS_WINDOW_MS)).toBe(true);
    expect((await loadFeed('ru', null))!.items.filter((i) => seeded.has(i.title)).length).toBeGreaterThan(0);
  });

  it('a story leaves the news sitemap when it turns two days old, cached or not', async () => {
    const later = new Date(Date.now() + NEWS_WINDOW_MS + 60_000);
    expect((await loadNewsSitemap('ru', later)).items.map((i) => i.path)).not.toContain(path('ru'));
    expect((await getNewsSitemap('ru', later)).items.map((i) => i.path)).not.toContain(path('ru'));
    expect((await getNewsSitemap('ru')).items.map((i) => i.path)).toContain(path('ru'));
  });

  it('the XML is valid against the sitemap and news schemas', async () => {
    const news = await loadNewsSitemap('az');
    const urls = await readSitemap(buildNewsSitemap({ siteUrl, locale: 'az', publicationName: 'Bureau', items: news.items }));
    expect(urls.find((u) => u.loc === `${siteUrl}${path('az')}`)?.news).toMatchObject({ name: 'Bureau', language: 'az', title: titles.az });
  });
});

describe('withdrawing a language', () => {
  it('unpublishing the Azerbaijani variant takes it out of the az lists and out of the ru alternates', async () => {
    const result = await as(editor, () => setVariantStatus(storyId, 'az', 'unpublish'));
    expect(result).toMatchObject({ ok: true, status: 'draft' });
    expect(result.ok && result.revalidate).toEqual(expect.arrayContaining(['feeds:ru', 'feeds:az']));
    expect((await loadFeed('az', null))!.items.map((i) => i.path)).not.toContain(path('az'));
    expect(((await loadSitemap('az'))!).entries.map((e) => e.path)).not.toContain(path('az'));
    expect((await loadNewsSitemap('az')).items.map((i) => i.path)).not.toContain(path('az'));
    const ru = ((await loadSitemap('ru'))!).entries.find((e) => e.path === path('ru'))!;
    expect(ru.alternates).toEqual([
      { hreflang: 'ru', path: path('ru') },
      { hreflang: 'x-default', path: path('ru') },
    ]);
  });
});
