import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { StoryCard as Story } from '@/db/queries/articles';
import type { Locale } from '@/i18n/locales';
import { paths } from '@/lib/paths';
import { ResponsiveImage } from './responsive-image';
import { StoryTime } from './story-time';

type Props = {
  locale: Locale;
  story: Story;
  variant?: 'lead' | 'card' | 'line';
  headingLevel?: 2 | 3;
  /** The page's LCP candidate (the home page's lead, a listing's first cards): preloaded, not lazy. */
  priority?: boolean;
  /** The photo's widths where the card is not in a .card-grid (the front page's top stories). */
  sizes?: string;
};

/**
 * Widths the layout gives a card's photo (app/globals.css), so a phone fetches a phone-sized file. The page is
 * .container: at most 1160px with 1rem padding. The lead sits in the home grid's 2fr column from 900px (gap 2rem).
 * Other cards are in .card-grid: columns of at least 15rem, gap 1.25rem, so 1 column up to 532px wide, then 2,
 * 3 from 792px and 4 from 1052px.
 */
const LEAD_SIZES = '(min-width: 1160px) 730px, (min-width: 900px) calc(66.7vw - 2.7rem), calc(100vw - 2rem)';
const CARD_SIZES =
  '(min-width: 1160px) 270px, (min-width: 1052px) calc(25vw - 1.5rem), (min-width: 792px) calc(33.3vw - 1.5rem), (min-width: 532px) calc(50vw - 1.7rem), calc(100vw - 2rem)';

export async function StoryCard({ locale, story, variant = 'card', headingLevel = 3, priority = false, sizes }: Props) {
  const t = await getTranslations({ locale, namespace: 'Story' });
  const Heading = `h${headingLevel}` as const;
  const href = paths.story(locale, story.slug);
  // A card without a photo is set as a text card (its lead in the photo's place), so a grid has no holes.
  const text = variant === 'card' && !story.cover;
  return (
    <article className={`story-card story-card--${variant}${text ? ' story-card--text' : ''}`}>
      {variant !== 'line' && story.cover ? (
        <Link href={href} tabIndex={-1} aria-hidden="true" className="story-card__image">
          <ResponsiveImage image={story.cover} alt="" sizes={sizes ?? (variant === 'lead' ? LEAD_SIZES : CARD_SIZES)} preload={priority} />
        </Link>
      ) : null}
      <div className="story-card__text">
        <p className="story-card__meta">
          <StoryTime locale={locale} iso={story.publishedAt} />
          {variant !== 'line' ? <span className="story-card__category">{story.category.name}</span> : null}
          {story.photoCount > 0 ? <span className="story-card__photos">{t('photoCount', { count: story.photoCount })}</span> : null}
        </p>
        <Heading className="story-card__title">
          <Link href={href}>{story.title}</Link>
        </Heading>
        {variant === 'lead' || text ? <p className="story-card__lead">{story.lead}</p> : null}
      </div>
    </article>
  );
}
