import { describe, expect, it } from 'vitest';
import {
  breadcrumbJsonLd,
  imageGalleryJsonLd,
  newsArticleJsonLd,
  serializeJsonLd,
  storyJsonLd,
  type StructuredContext,
  type StructuredStory,
} from './structured-data';

const ctx: StructuredContext = {
  siteUrl: 'https://bureau.example',
  siteName: 'Bureau',
  logo: { src: '/bureau-logo.png', width: 600, height: 160 },
  sourceLocale: 'ru',
  galleryName: 'Фотовыставка',
};

const photo = (id: number, caption: string | null, credit: string | null) => ({
  id,
  src: `/media/ab/${id}.jpg`,
  width: 1600,
  height: 1067,
  alt: `alt ${id}`,
  blurDataUrl: null,
  caption,
  credit,
});

const story: StructuredStory = {
  locale: 'ru',
  slug: 'v-posolstve',
  title: 'В посольстве почтили память',
  lead: 'Лид',
  publishedAt: '2026-01-20T11:40:00.000Z',
  revisedAt: null,
  authors: [{ slug: 'anna-petrova', name: 'Анна Петрова' }],
  byline: null,
  bureau: { name: 'Бюро в Казахстане', dateline: 'Астана' },
  category: { slug: 'politics', name: 'Политика' },
  cover: photo(1, 'Цветы у бюста', 'Фото: Report'),
  gallery: [photo(2, 'Первое', 'Фото: Report'), photo(3, null, null)],
  alternates: [
    { locale: 'ru', slug: 'v-posolstve', title: 'В посольстве почтили память' },
    { locale: 'az', slug: 'sefirlikde', title: 'Səfirlikdə anım' },
    { locale: 'en', slug: 'at-the-embassy', title: 'At the embassy' },
  ],
};

describe('newsArticleJsonLd', () => {
  it('has the fields news search needs, with absolute URLs', () => {
    const a = newsArticleJsonLd(story, ctx);
    expect(a).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: story.title,
      inLanguage: 'ru',
      datePublished: story.publishedAt,
      dateModified: story.publishedAt,
      url: 'https://bureau.example/ru/news/v-posolstve',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://bureau.example/ru/news/v-posolstve' },
      author: [{ '@type': 'Person', name: 'Анна Петрова' }],
      publisher: {
        '@type': 'Organization',
        name: 'Bureau',
        logo: { '@type': 'ImageObject', url: 'https://bureau.example/bureau-logo.png', width: 600, height: 160 },
      },
      image: [{ '@type': 'ImageObject', url: 'https://bureau.example/media/ab/1.jpg', width: 1600, height: 1067 }],
      locationCreated: { '@type': 'Place', name: 'Бюро в Казахстане' },
      articleSection: 'Политика',
    });
  });

  it('dates the last correction as dateModified', () => {
    expect(newsArticleJsonLd({ ...story, revisedAt: '2026-01-21T08:00:00.000Z' }, ctx).dateModified).toBe('2026-01-21T08:00:00.000Z');
  });

  it('credits the agency when no author is named, and leaves out what the story does not have', () => {
    const a = newsArticleJsonLd({ ...story, authors: [], bureau: null, cover: null }, ctx);
    expect(a.author).toEqual([{ '@type': 'Organization', name: 'Bureau', url: 'https://bureau.example/' }]);
    expect(a).not.toHaveProperty('image');
    expect(a).not.toHaveProperty('locationCreated');
  });

  it('the source variant lists its translations', () => {
    const a = newsArticleJsonLd(story, ctx);
    expect(a).not.toHaveProperty('translationOfWork');
    expect(a.workTranslation).toEqual([
      expect.objectContaining({ '@type': 'NewsArticle', url: 'https://bureau.example/az/news/sefirlikde', inLanguage: 'az' }),
      expect.objectContaining({ url: 'https://bureau.example/en/news/at-the-embassy', inLanguage: 'en' }),
    ]);
  });

  it('a translation names its source, which lists the other translations', () => {
    const a = newsArticleJsonLd({ ...story, locale: 'az', slug: 'sefirlikde', title: 'Səfirlikdə anım' }, ctx);
    expect(a).not.toHaveProperty('workTranslation');
    expect(a.translationOfWork).toEqual({
      '@type': 'NewsArticle',
      '@id': 'https://bureau.example/ru/news/v-posolstve#article',
      url: 'https://bureau.example/ru/news/v-posolstve',
      inLanguage: 'ru',
      headline: 'В посольстве почтили память',
      workTranslation: [expect.objectContaining({ url: 'https://bureau.example/en/news/at-the-embassy' })],
    });
  });

  it('makes no translation link when the source is not published or there is no other language', () => {
    const noSource = newsArticleJsonLd({ ...story, locale: 'en', slug: 'at-the-embassy', alternates: story.alternates.slice(1) }, ctx);
    expect(noSource).not.toHaveProperty('translationOfWork');
    expect(noSource).not.toHaveProperty('workTranslation');
    const alone = newsArticleJsonLd({ ...story, alternates: story.alternates.slice(0, 1) }, ctx);
    expect(alone).not.toHaveProperty('workTranslation');
  });
});

describe('breadcrumbJsonLd', () => {
  it('goes home → section → story, numbered from 1', () => {
    expect(breadcrumbJsonLd(story, ctx)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Bureau', item: 'https://bureau.example/ru' },
        { '@type': 'ListItem', position: 2, name: 'Политика', item: 'https://bureau.example/ru/category/politics' },
        { '@type': 'ListItem', position: 3, name: story.title, item: 'https://bureau.example/ru/news/v-posolstve' },
      ],
    });
  });
});

describe('imageGalleryJsonLd', () => {
  it('lists the exhibition photos with their files, pages, captions and credits', () => {
    const g = imageGalleryJsonLd(story, ctx)!;
    expect(g['@type']).toBe('ImageGallery');
    expect(g.associatedMedia).toEqual([
      {
        '@type': 'ImageObject',
        contentUrl: 'https://bureau.example/media/ab/2.jpg',
        url: 'https://bureau.example/ru/news/v-posolstve/photo/1',
        width: 1600,
        height: 1067,
        caption: 'Первое',
        creditText: 'Фото: Report',
        position: 1,
      },
      // No caption: the alt text describes it; no credit: none is claimed.
      expect.objectContaining({ caption: 'alt 3', position: 2, url: 'https://bureau.example/ru/news/v-posolstve/photo/2' }),
    ]);
    expect((g.associatedMedia as object[])[1]).not.toHaveProperty('creditText');
  });

  it('is absent without an exhibition', () => {
    expect(imageGalleryJsonLd({ ...story, gallery: [] }, ctx)).toBeNull();
    expect(storyJsonLd({ ...story, gallery: [] }, ctx).map((d) => d['@type'])).toEqual(['NewsArticle', 'BreadcrumbList']);
    expect(storyJsonLd(story, ctx).map((d) => d['@type'])).toEqual(['NewsArticle', 'BreadcrumbList', 'ImageGallery']);
  });
});

describe('serializeJsonLd', () => {
  const hostile = 'Заголовок</script><script>alert(1)</script> <!-- & \u2028 >';

  it('leaves nothing that can end the script element', () => {
    const json = serializeJsonLd(newsArticleJsonLd({ ...story, title: hostile }, ctx));
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
  });

  it('reads back as the same data', () => {
    const data = storyJsonLd({ ...story, title: hostile, lead: 'a "quoted" \\ lead' }, ctx);
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
  });
});
