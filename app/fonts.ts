import localFont from 'next/font/local';

/**
 * Noto Sans (@fontsource/noto-sans, SIL Open Font License), self-hosted by next/font: hashed files under
 * /_next/static/media with a year of immutable caching, no request to another origin.
 *
 * One family, "Noto Sans Bureau", in the three unicode-range subsets of @fontsource (ranges copied from its
 * 400.css), regular and bold; 500 and 600 resolve to them, italic is synthesized. A subset not preloaded is
 * downloaded only when the page has a character in its range: a Russian or English page never fetches latin-ext,
 * an Azerbaijani page does (ə U+0259, ğ U+011F, ş U+015F, Ə, Ğ, Ş, İ; ı ö ü ç are in latin). The language
 * switcher names the other languages in the system font (globals.css), so "Azərbaycanca" does not pull latin-ext
 * into every page.
 *
 * Latin (every page) and Cyrillic (Russian is the source language and the most read) are preloaded, so an
 * Azerbaijani or English page also downloads the 14 KB of Cyrillic without using it: the price of drawing
 * Russian pages in the right font from the first paint. Both are `font-display: optional`: they
 * are used if they arrive within the browser's short block period (preloaded, they nearly always do; then they
 * are cached), otherwise the page keeps the fallback until the next page. A swap after the first paint moved the
 * masthead and the story header on phones (Lighthouse CLS 0.12 on a story with `swap`), optional never does.
 * Latin-ext (55 KB a weight) is not preloaded, so it costs only the pages that use it, and swaps in: it draws only
 * letters such as ə ş ğ. The latin call also generates the size-adjusted Arial fallback (next/font's
 * adjustFontFallback, computed from the font's metrics), so the fallback takes about the same room.
 * The family is named in `declarations` so that all six faces share it; globals.css puts it first, then
 * --font-sans (the latin call's fallback chain).
 * next/font requires literal options, so the three calls cannot share a constant: font-subsets.test.ts checks
 * the ranges against @fontsource's CSS and that each language's letters are covered.
 * https://nextjs.org/docs/app/api-reference/components/font
 */

export const notoSansLatin = localFont({
  src: [
    { path: '../node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../node_modules/@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  declarations: [
    { prop: 'font-family', value: "'Noto Sans Bureau'" },
    {
      prop: 'unicode-range',
      value:
        'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
    },
  ],
  display: 'optional',
  preload: true,
  adjustFontFallback: 'Arial',
  fallback: ['system-ui', '-apple-system', 'Segoe UI', 'Roboto', 'Arial', 'sans-serif'],
  variable: '--font-sans',
});

export const notoSansCyrillic = localFont({
  src: [
    { path: '../node_modules/@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../node_modules/@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  declarations: [
    { prop: 'font-family', value: "'Noto Sans Bureau'" },
    { prop: 'unicode-range', value: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116' },
  ],
  display: 'optional',
  preload: true,
  adjustFontFallback: false,
  variable: '--font-sans-cyrillic',
});

export const notoSansLatinExt = localFont({
  src: [
    { path: '../node_modules/@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../node_modules/@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  declarations: [
    { prop: 'font-family', value: "'Noto Sans Bureau'" },
    {
      prop: 'unicode-range',
      value:
        'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
    },
  ],
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
  variable: '--font-sans-latin-ext',
});

