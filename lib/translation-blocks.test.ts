import { describe, expect, it } from 'vitest';
import { parseRichText } from './rich-text';
import { blocksOf, buildTranslatedBody } from './translation-blocks';

const source = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Первый абзац.' }] },
    { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Подзаголовок' }] },
    { type: 'image', attrs: { mediaId: 7, src: '/media/x.jpg' } },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'один' }] }] }, { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'два' }] }] }] },
  ],
};
const translation = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Birinci ' }, { type: 'text', text: 'abzas', marks: [{ type: 'bold' }] }, { type: 'text', text: '.' }] },
  ],
};

describe('translation blocks', () => {
  it('splits a body into blocks with their plain text', () => {
    expect(blocksOf(source).map((b) => [b.type, b.text])).toEqual([
      ['paragraph', 'Первый абзац.'],
      ['heading', 'Подзаголовок'],
      ['image', ''],
      ['bulletList', 'один\nдва'],
    ]);
    expect(blocksOf(null)).toEqual([]);
    expect(blocksOf({ type: 'doc', content: 'nonsense' })).toEqual([]);
  });

  it('keeps untouched blocks as they were (bold survives), shapes edited ones like the source, copies photos', () => {
    const body = buildTranslatedBody(blocksOf(source), blocksOf(translation), ['Birinci abzas.', 'Yarımbaşlıq', '', 'bir\niki']);
    const doc = parseRichText(body);
    expect(doc.content[0]).toEqual(parseRichText(translation).content[0]);
    expect(doc.content[1]).toEqual({ type: 'heading', level: 3, content: [{ type: 'text', text: 'Yarımbaşlıq' }] });
    expect(doc.content[2]).toEqual({ type: 'image', mediaId: 7 });
    expect(doc.content[3]).toMatchObject({ type: 'bulletList', content: [{ type: 'listItem' }, { type: 'listItem' }] });
  });

  it('never drops text the translation had beyond the source', () => {
    const longer = { type: 'doc', content: [...translation.content, { type: 'paragraph', content: [{ type: 'text', text: 'Əlavə abzas.' }] }] };
    const body = buildTranslatedBody(blocksOf({ type: 'doc', content: [source.content[0]] }), blocksOf(longer), ['Birinci abzas.']);
    expect(JSON.stringify(body)).toContain('Əlavə abzas.');
  });
});
