import { describe, expect, it } from 'vitest';
import { isDecodablePath, isNotFoundView, localeOfPath, notFoundViewFor, unavailableViewFor } from './request-paths';

describe('isDecodablePath', () => {
  it.each(['/', '/ru', '/ru/news/a-b', '/az/news/%C9%99', '/ru/category/sport?page=%E0', '/ru/news/%25'])('accepts %s', (url) => {
    expect(isDecodablePath(url)).toBe(true);
  });
  it.each(['/ru/news/%E0%A4', '/%', '/ru/%ZZ', '/en/news/x/photo/%E0'])('refuses %s', (url) => {
    expect(isDecodablePath(url)).toBe(false);
  });
});

describe('the 404 view', () => {
  it('keeps the language of the request when it has one, and says what was missing', () => {
    expect(notFoundViewFor('/az/news/x?y=1')).toBe('/az/404?path=%2Faz%2Fnews%2Fx');
    expect(notFoundViewFor('/fr/x')).toBe('/ru/404?path=%2Ffr%2Fx');
    expect(notFoundViewFor('/en/news/%E0')).toBe('/en/404?path=%2F');
  });
  it('knows its own URL', () => {
    expect(isNotFoundView('/ru/404')).toBe(true);
    expect(isNotFoundView('/az/404?path=x')).toBe(true);
    expect(isNotFoundView('/ru/4040')).toBe(false);
    expect(isNotFoundView('/ru/news/404')).toBe(false);
  });
  it('reads the language of a path', () => {
    expect(localeOfPath('/en/news/x')).toBe('en');
    expect(localeOfPath('/en')).toBe('en');
    expect(localeOfPath('/media/x')).toBeNull();
  });
});

describe('the unavailable view', () => {
  it('keeps the language and the page to retry, query included', () => {
    expect(unavailableViewFor('/en/category/sport?page=2')).toBe('/en/unavailable?path=%2Fen%2Fcategory%2Fsport%3Fpage%3D2');
    expect(unavailableViewFor('/xx')).toBe('/ru/unavailable?path=%2Fxx');
  });
});
