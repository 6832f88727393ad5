import { describe, expect, it } from 'vitest';
import { parseRichText, richTextFromParagraphs, richTextToPlain } from './rich-text';

describe('parseRichText (the allow-list)', () => {
  it('keeps allowed nodes and marks', () => {
    const doc = parseRichText({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Sub' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
            { type: 'text', text: 'link', marks: [{ type: 'link', attrs: { href: 'https://example.org/' } }] },
          ],
        },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }] }] },
      ],
    });
    expect(doc.content).toHaveLength(3);
    expect(doc.content[0]).toEqual({ type: 'heading', level: 3, content: [{ type: 'text', text: 'Sub' }] });
    expect(doc.content[1]).toMatchObject({
      content: [
        { text: 'bold', marks: [{ type: 'bold' }] },
        { text: 'link', marks: [{ type: 'link', href: 'https://example.org/' }] },
      ],
    });
  });

  it('drops what is not on the list: raw HTML nodes, scripts, unknown marks, unsafe links', () => {
    const doc = parseRichText({
      type: 'doc',
      content: [
        { type: 'html', attrs: { html: '<script>alert(1)</script>' } },
        { type: 'script', content: [{ type: 'text', text: 'alert(1)' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'a', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
            { type: 'text', text: 'b', marks: [{ type: 'link', attrs: { href: '//evil.example/' } }] },
            { type: 'text', text: 'c', marks: [{ type: 'textStyle', attrs: { style: 'x' } }] },
            { type: 'mention', attrs: { id: 1 } },
            // A browser reads "/\host" as "//host": another site, not a path here.
            { type: 'text', text: 'd', marks: [{ type: 'link', attrs: { href: '/\\evil.example/x' } }] },
            { type: 'text', text: 'e', marks: [{ type: 'link', attrs: { href: '/ru/news/x' } }] },
          ],
        },
        { type: 'image', attrs: { mediaId: 'x', src: 'https://evil.example/a.png' } },
      ],
    });
    expect(doc.content).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'a' },
          { type: 'text', text: 'b' },
          { type: 'text', text: 'c' },
          { type: 'text', text: 'd' },
          { type: 'text', text: 'e', marks: [{ type: 'link', href: '/ru/news/x' }] },
        ],
      },
    ]);
  });

  it('never throws on garbage', () => {
    for (const raw of [null, 42, 'doc', [], { type: 'doc', content: 'x' }, { type: 'paragraph' }]) {
      expect(parseRichText(raw)).toEqual({ type: 'doc', content: [] });
    }
  });
});

describe('richTextFromParagraphs', () => {
  it('turns the demo markup into nodes and back into the same text', () => {
    const doc = parseRichText(richTextFromParagraphs(['## Head', '> Quote', 'A **bold** word']));
    expect(doc.content.map((n) => n.type)).toEqual(['heading', 'blockquote', 'paragraph']);
    expect(doc.content[0]).toMatchObject({ type: 'heading', level: 2 });
    expect(richTextToPlain(doc)).toBe('Head\n\nQuote\n\nA bold word');
  });
});

describe('checkLinkHref (the editor\'s link dialog)', () => {
  it('takes web addresses, e-mail and the site\'s own pages, and a bare domain as https', async () => {
    const { checkLinkHref } = await import('./rich-text');
    expect(checkLinkHref(' https://example.org/a?b=1 ')).toEqual({ ok: true, href: 'https://example.org/a?b=1' });
    expect(checkLinkHref('http://example.org')).toEqual({ ok: true, href: 'http://example.org' });
    expect(checkLinkHref('mailto:desk@bureau.az')).toEqual({ ok: true, href: 'mailto:desk@bureau.az' });
    expect(checkLinkHref('/ru/news/some-story')).toEqual({ ok: true, href: '/ru/news/some-story' });
    expect(checkLinkHref('example.org/news')).toEqual({ ok: true, href: 'https://example.org/news' });
    expect(checkLinkHref('azertag.az')).toEqual({ ok: true, href: 'https://azertag.az/' });
    // Whatever it accepts, readers' allow-list keeps.
    for (const href of ['https://example.org', 'mailto:a@b.az', '/ru', 'example.org']) {
      const checked = checkLinkHref(href);
      const doc = parseRichText({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: checked.ok ? checked.href : '' } }] }] }] });
      expect(doc.content[0]).toMatchObject({ content: [{ marks: [{ type: 'link' }] }] });
    }
  });

  it('refuses scripts and other schemes, and says why', async () => {
    const { checkLinkHref } = await import('./rich-text');
    for (const href of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:void(0)', 'data:text/html,<b>x</b>', 'vbscript:x', 'file:///etc/passwd', 'ftp://example.org']) {
      expect(checkLinkHref(href)).toEqual({ ok: false, error: 'linkUnsafe' });
    }
    for (const href of ['//evil.example/x', '/\\evil.example/x', '/\\/evil.example', '/\tevil', 'mailto:nobody', 'http://', 'not a link', 'https://exa mple.org']) {
      expect(checkLinkHref(href).ok).toBe(false);
    }
    expect(checkLinkHref('   ')).toEqual({ ok: false, error: 'linkEmpty' });
    expect(checkLinkHref(`https://example.org/${'a'.repeat(3000)}`)).toEqual({ ok: false, error: 'linkTooLong' });
  });
});
