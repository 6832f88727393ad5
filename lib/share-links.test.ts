import { describe, expect, it } from 'vitest';
import { shareLinks } from './share-links';

describe('shareLinks', () => {
  const url = 'https://bureau.example/ru/news/v-posolstve?x=1&y=2';
  const title = 'Цветы & «память» #20 января?';
  const links = Object.fromEntries(shareLinks(url, title).map((l) => [l.target, new URL(l.href)]));

  it('gives every platform the exact URL, encoded so that its own query survives', () => {
    expect(links.facebook!.origin + links.facebook!.pathname).toBe('https://www.facebook.com/sharer/sharer.php');
    expect(links.facebook!.searchParams.get('u')).toBe(url);
    expect(links.x!.searchParams.get('url')).toBe(url);
    expect(links.x!.searchParams.get('text')).toBe(title);
    expect(links.telegram!.origin + links.telegram!.pathname).toBe('https://t.me/share/url');
    expect(links.telegram!.searchParams.get('url')).toBe(url);
    expect(links.telegram!.searchParams.get('text')).toBe(title);
    expect(links.whatsapp!.searchParams.get('text')).toBe(`${title} ${url}`);
  });

  it('writes an email with the title as subject and the link in the body', () => {
    const href = shareLinks(url, title).find((l) => l.target === 'email')!.href;
    expect(href.startsWith('mailto:?subject=')).toBe(true);
    // No "+" for spaces in mailto: (RFC 6068), and no raw "&" or "#" that would cut the fields.
    expect(href).not.toMatch(/\+|#| /);
    const params = new URLSearchParams(href.slice('mailto:?'.length));
    expect(params.get('subject')).toBe(title);
    expect(params.get('body')).toBe(`${title}\n\n${url}`);
  });
});
