import { getTranslations } from 'next-intl/server';
import type { StoryCard as Story } from '@/db/queries/articles';
import type { Locale } from '@/i18n/locales';
import { StoryCard } from './story-card';

type Props = { locale: Locale; stories: Story[] };

/** "Related stories" under a story: other stories in the page's language (db/queries/listings.ts loadStoryLinks). */
export async function RelatedStories({ locale, stories }: Props) {
  if (stories.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Related' });
  return (
    <aside className="related" aria-labelledby="related-title">
      <h2 id="related-title">{t('title')}</h2>
      <div className="card-grid">
        {stories.map((story) => (
          <StoryCard key={story.id} locale={locale} story={story} headingLevel={3} />
        ))}
      </div>
    </aside>
  );
}
