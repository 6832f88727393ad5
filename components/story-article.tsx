import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { StoryPage } from '@/db/queries/articles';
import type { Locale } from '@/i18n/locales';
import { paths } from '@/lib/paths';
import { PhotoExhibition } from './photo-exhibition';
import { ResponsiveImage } from './responsive-image';
import { RichText } from './rich-text';
import { StoryTime } from './story-time';
import { Typeset } from './typeset';

type Props = {
  locale: Locale;
  story: StoryPage;
  /** Share buttons, under the byline: the published story page passes them, the newsroom's preview does not. */
  share?: ReactNode;
  /** The slug of the story's bureau page, for a link (the published story page passes it). */
  links?: { bureau: string | null };
};

/** A story as readers see it: the story page, and the newsroom's preview of any variant. */
export async function StoryArticle({ locale, story, share, links }: Props) {
  const t = await getTranslations({ locale, namespace: 'Story' });
  return (
  // lang: the text is the variant's language, which in the newsroom's preview may differ from the interface's
  // (hyphenation and screen readers follow it).
  <article className="story" lang={story.locale}>
    <header className="story__header">
      <p className="story__kicker">
        <Link href={paths.category(locale, story.category.slug)}>{story.category.name}</Link>
      </p>
      {/* Headline, lead, captions and body keep their no-break groups in the story's language (lib/typography.ts). */}
      <h1>
        <Typeset text={story.title} locale={story.locale} />
      </h1>
      <p className="story__lead">
        <Typeset text={story.lead} locale={story.locale} />
      </p>
      <p className="story__dateline">
        {story.dateline ? (
          <span className="story__place" title={story.bureau?.name}>
            {links?.bureau ? <Link href={paths.bureau(locale, links.bureau)}>{story.dateline}</Link> : story.dateline}
          </span>
        ) : null}
        <span>
          {t('published')}: <StoryTime locale={locale} iso={story.publishedAt} />
        </span>
        {story.revisedAt ? (
          <span>
            {t('updated')}: <StoryTime locale={locale} iso={story.revisedAt} />
          </span>
        ) : null}
      </p>
      {story.byline || story.authors.length || story.bureau ? (
        <p className="story__byline">
          {story.byline ? (
            <>
              {t('by')}: {story.byline}
            </>
          ) : story.authors.length ? (
            <>
              {t('by')}:{' '}
              {story.authors.map((a, i) => (
                <span key={a.slug}>
                  {i > 0 ? ', ' : null}
                  {/* The preview has no links: its story is not public yet. */}
                  {links ? (
                    <Link href={paths.author(locale, a.slug)} rel="author">
                      {a.name}
                    </Link>
                  ) : (
                    a.name
                  )}
                </span>
              ))}
            </>
          ) : null}
          {(story.byline || story.authors.length) && story.bureau ? ' · ' : null}
          {story.bureau ? story.bureau.name : null}
        </p>
      ) : null}
    </header>
    {share}
    {story.cover ? (
      <figure className="story__cover">
        {/* The story's LCP element: preloaded. .story is at most 760px wide inside the 1rem container padding. */}
        <ResponsiveImage image={story.cover} sizes="(min-width: 792px) 760px, calc(100vw - 2rem)" preload />
        {story.cover.caption || story.cover.credit ? (
          <figcaption>
            {story.cover.caption ? <Typeset text={story.cover.caption} locale={story.locale} /> : null}{' '}
            {story.cover.credit ? <span className="credit">{story.cover.credit}</span> : null}
          </figcaption>
        ) : null}
      </figure>
    ) : null}
    <RichText doc={story.body} images={story.inlineImages} locale={story.locale} />
    <PhotoExhibition locale={locale} slug={story.slug} photos={story.gallery} />
    {story.tags.length ? (
      <footer className="story__tags">
        <h2 className="visually-hidden">{t('tags')}</h2>
        <ul>
          {story.tags.map((tag) => (
            <li key={tag.slug}>
              <Link href={paths.tag(locale, tag.slug)} rel="tag">
                {tag.name}
              </Link>
            </li>
          ))}
        </ul>
      </footer>
    ) : null}
  </article>
  );
}
