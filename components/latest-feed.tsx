import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { StoryCard } from '@/db/queries/articles';
import type { Locale } from '@/i18n/locales';
import { newsroomTimeZone } from '@/lib/config';
import { dayKey } from '@/lib/day-key';
import { paths } from '@/lib/paths';

/**
 * The front page's news feed, as agencies set it: dense lines of HH:MM and headline, newest first, under a
 * heading per day in the newsroom's time zone. Days are written as dates, never "today": the page is cached.
 */
export async function LatestFeed({ locale, stories, headingId = 'latest' }: { locale: Locale; stories: StoryCard[]; headingId?: string }) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: 'Home' }), getFormatter({ locale })]);
  const days: { key: string; stories: StoryCard[] }[] = [];
  for (const story of stories) {
    const key = dayKey(newsroomTimeZone, new Date(story.publishedAt));
    if (days.at(-1)?.key !== key) days.push({ key, stories: [] });
    days.at(-1)!.stories.push(story);
  }
  return (
    <section aria-labelledby={headingId} className="home__latest">
      <h2 id={headingId}>
        <Link href={paths.news(locale)}>{t('latest')}</Link>
      </h2>
      {days.map((day) => (
        <div key={day.key} className="news-feed__day">
          <h3 id={`${headingId}-${day.key}`}>
            <time dateTime={day.key}>{format.dateTime(new Date(day.stories[0]!.publishedAt), { day: 'numeric', month: 'long', weekday: 'long' })}</time>
          </h3>
          <ol className="news-feed news-feed--dense" aria-labelledby={`${headingId}-${day.key}`}>
            {day.stories.map((story) => (
              <li key={story.id}>
                <time dateTime={story.publishedAt}>{format.dateTime(new Date(story.publishedAt), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })}</time>
                <Link href={paths.story(locale, story.slug)}>{story.title}</Link>
              </li>
            ))}
          </ol>
        </div>
      ))}
      <p className="more">
        <Link href={paths.news(locale)}>{t('allNews')} →</Link>
      </p>
    </section>
  );
}
