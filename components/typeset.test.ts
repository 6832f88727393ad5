import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Photo } from '@/db/queries/articles';
import { parseRichText } from '@/lib/rich-text';
import { RichText } from './rich-text';
import { Typeset } from './typeset';

/** What a reader sees (and copies): the markup without its tags, entities decoded. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}

const nowrapSpans = (html: string) => [...html.matchAll(/<span class="nowrap">(.*?)<\/span>/g)].map((m) => m[1]);

const body = (...content: unknown[]) => parseRichText({ type: 'doc', content });
const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });
const text = (value: string, marks?: unknown[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });

const renderBody = (doc: ReturnType<typeof parseRichText>, images: Record<number, Photo> = {}) =>
  renderToStaticMarkup(createElement(RichText, { doc, images, locale: 'ru' }));

describe('Typeset', () => {
  it('wraps the groups in nowrap spans and leaves the text as it is', () => {
    const input = 'Открылась 36-я ярмарка в Баку — 15 км от центра';
    const html = renderToStaticMarkup(createElement(Typeset, { text: input, locale: 'ru' }));
    expect(html).toBe(
      'Открылась <span class="nowrap">36-я</span> ярмарка <span class="nowrap">в Баку —</span> <span class="nowrap">15 км</span> от центра',
    );
    expect(textOf(html)).toBe(input);
  });

  it('renders a text without groups as the plain text, and escapes it', () => {
    expect(renderToStaticMarkup(createElement(Typeset, { text: 'Просто текст', locale: 'ru' }))).toBe('Просто текст');
    const html = renderToStaticMarkup(createElement(Typeset, { text: '<b>5 km</b> & co', locale: 'en' }));
    expect(html).toBe('&lt;b&gt;<span class="nowrap">5 km</span>&lt;/b&gt; &amp; co');
    expect(textOf(html)).toBe('<b>5 km</b> & co');
  });

  it('uses the rules of the language given', () => {
    const html = renderToStaticMarkup(createElement(Typeset, { text: '2026-cı ildə 15 km', locale: 'az' }));
    expect(nowrapSpans(html)).toEqual(['2026-cı ildə', '15 km']);
  });
});

describe('RichText with no-break groups', () => {
  it('renders the paragraph with the nowrap spans and its text unchanged', () => {
    const input = 'Открылась 36-я ярмарка в Баку — 15 км от центра';
    const html = renderBody(body(paragraph(text(input))));
    expect(html).toBe(
      '<div class="rich-text"><p><span>Открылась <span class="nowrap">36-я</span> ярмарка <span class="nowrap">в Баку —</span> ' +
        '<span class="nowrap">15 км</span> от центра</span></p></div>',
    );
    expect(textOf(html)).toBe(input);
  });

  it('binds across marks, keeps bold, italic and links, and never touches an href', () => {
    const doc = body(
      paragraph(
        text('Ярмарка в '),
        text('Баку', [{ type: 'bold' }]),
        text(' — '),
        text('15 км', [{ type: 'link', attrs: { href: '/ru/news/15-km-ot-tsentra' } }, { type: 'italic' }]),
        text(' от центра'),
      ),
    );
    const html = renderBody(doc);
    expect(html).toBe(
      '<div class="rich-text"><p>' +
        '<span>Ярмарка <span class="nowrap">в </span></span>' +
        '<span><strong><span class="nowrap">Баку</span></strong></span>' +
        '<span><span class="nowrap"> —</span> </span>' +
        '<span><em><a href="/ru/news/15-km-ot-tsentra"><span class="nowrap">15 км</span></a></em></span>' +
        '<span> от центра</span>' +
        '</p></div>',
    );
    expect(textOf(html)).toBe('Ярмарка в Баку — 15 км от центра');
  });

  it('keeps hard breaks, headings and list items, and does not bind across a hard break', () => {
    const doc = body(
      { type: 'heading', attrs: { level: 2 }, content: [text('Итоги 2026 г.')] },
      paragraph(text('Жили в'), { type: 'hardBreak' }, text('Баку')),
      { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('Рост на 20 %'))] }] },
    );
    const html = renderBody(doc);
    expect(html).toBe(
      '<div class="rich-text"><h2><span>Итоги <span class="nowrap">2026 г.</span></span></h2>' +
        '<p><span>Жили в</span><br/><span>Баку</span></p>' +
        '<ul><li><p><span>Рост на <span class="nowrap">20 %</span></span></p></li></ul></div>',
    );
  });

  it('typesets an inline photo caption, not its credit', () => {
    const photo: Photo = {
      id: 1,
      src: '/media/1/photo.jpg',
      width: 1200,
      height: 800,
      alt: 'Ярмарка',
      blurDataUrl: null,
      caption: 'Ярмарка в Баку',
      credit: 'Фото: А. Иванов',
    };
    const html = renderBody(body({ type: 'image', attrs: { mediaId: 1 } }), { 1: photo });
    expect(html).toContain('<figcaption>Ярмарка <span class="nowrap">в Баку</span> <span class="credit">Фото: А. Иванов</span></figcaption>');
  });
});
