import Image from 'next/image';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { StoryCard as Story } from '@/db/queries/articles';
import type { Locale } from '@/i18n/locales';
import { paths } from '@/lib/paths';
import { StoryTime } from './story-time';

type Props = {
  locale: Locale;
  story: Story;
  variant?: 'lead' | 'card' | 'line';
  headingLevel?: 2 | 3;
  priority?: boolean;
};

export async function StoryCard({ locale, story, variant = 'card', headingLevel = 3, priority = false }: Props) {
  const t = await getTranslations({ locale, namespace: 'Story' });
  const Heading = `h${headingLevel}` as const;
  const href = paths.story(locale, story.slug);
  return (
    <article className={`story-card story-card--${variant}`}>
      {variant !== 'line' && story.cover ? (
        <Link href={href} tabIndex={-1} aria-hidden="true" className="story-card__image">
          <Image
            src={story.cover.src}
            width={story.cover.width}
            height={story.cover.height}
            alt=""
            sizes={variant === 'lead' ? '(min-width: 1100px) 700px, 100vw' : '(min-width: 900px) 280px, (min-width: 600px) 45vw, 100vw'}
            placeholder={story.cover.blurDataUrl ? 'blur' : 'empty'}
            blurDataURL={story.cover.blurDataUrl ?? undefined}
            priority={priority}
          />
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
        {variant === 'lead' ? <p className="story-card__lead">{story.lead}</p> : null}
      </div>
    </article>
  );
}
