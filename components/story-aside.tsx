import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getLatest } from '@/db/queries/articles';
import { getMostReadOfWeek } from '@/db/queries/readership';
import type { Locale } from '@/i18n/locales';
import { paths } from '@/lib/paths';
import { LatestFeed } from './latest-feed';

/**
 * The story page's side column on a wide screen (below the story on a phone): the latest news and the week's
 * most read in the page's language, the story itself left out. Both are the front page's data (expired with it on
 * a publish), so a story page shows the same latest news as the front page.
 */
export async function StoryAside({ locale, storyId, slug }: { locale: Locale; storyId: number; slug: string }) {
  const [t, latest, mostRead] = await Promise.all([getTranslations({ locale, namespace: 'MostRead' }), getLatest(locale, null), getMostReadOfWeek(locale)]);
  const stories = (latest?.items ?? []).filter((story) => story.id !== storyId).slice(0, 8);
  // Six are read, so five remain when the story being read is among them.
  const read = mostRead.filter((item) => item.slug !== slug).slice(0, 5);
  return (
    <aside className="story-aside">
      {stories.length ? <LatestFeed locale={locale} stories={stories} headingId="aside-latest" /> : null}
      {read.length ? (
        <section aria-labelledby="aside-most-read" className="story-aside__most-read most-read">
          <h2 id="aside-most-read">{t('title')}</h2>
          <ol>
            {read.map((item) => (
              <li key={item.slug}>
                <Link href={paths.story(locale, item.slug)}>{item.title}</Link>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </aside>
  );
}
