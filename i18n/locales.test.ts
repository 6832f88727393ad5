import fs from 'node:fs';
import path from 'node:path';
import { hasLocale } from 'next-intl';
import createMiddleware from 'next-intl/middleware';
import { defineRouting } from 'next-intl/routing';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { checkDirectory } from '@/lib/i18n-check';
import { config as proxyConfig } from '@/proxy';
import { bureau, defaultLocale, defineLocales, isLocale, localeNames, locales, ogLocales } from './locales';
import { mergeWithSource, messageHandling, type MessageTree } from './messages';
import ru from '@/messages/ru.json';

const root = path.resolve(__dirname, '..');
const threeLanguages = [
  { code: 'ru', name: 'Русский', ogLocale: 'ru_RU' },
  { code: 'az', name: 'Azərbaycanca', ogLocale: 'az_AZ' },
  { code: 'en', name: 'English', ogLocale: 'en_US' },
] as const;

/** Next's matcher syntax for this pattern is plain RegExp syntax, anchored. */
const matches = (matcher: string, pathname: string) => new RegExp(`^${matcher}$`).test(pathname);

describe("Bureau's languages", () => {
  it('come from the one configuration, with the exports the app imports', () => {
    expect(locales).toEqual(['ru', 'az', 'en']);
    expect(defaultLocale).toBe('ru');
    expect(localeNames).toEqual({ ru: 'Русский', az: 'Azərbaycanca', en: 'English' });
    expect(ogLocales).toEqual({ ru: 'ru_RU', az: 'az_AZ', en: 'en_US' });
    expect(isLocale('az')).toBe(true);
    expect(isLocale('de')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });

  it('each have their messages file where i18n/request.ts imports it', () => {
    const request = fs.readFileSync(path.join(root, 'i18n/request.ts'), 'utf8');
    expect(request).toContain('import(`../messages/${locale}.json`)');
    for (const locale of locales) expect(fs.existsSync(path.join(root, bureau.messagesFile(locale))), bureau.messagesFile(locale)).toBe(true);
  });

  it('are the ones proxy.ts leaves alone (its matcher must be a literal, so it is checked here)', () => {
    const hint = `proxy.ts disagrees with i18n/locales.ts; its second matcher should be:\n  '${bureau.proxyMatcher.replace(/\\/g, '\\\\')}'`;
    expect(proxyConfig.matcher[1], hint).toBe(bureau.proxyMatcher);
    expect(proxyConfig.matcher[0]).toBe('/');
  });

  it('the proxy matcher sends / and unprefixed paths through the proxy, and nothing else', () => {
    const matcher = bureau.proxyMatcher;
    for (const p of ['/', '/news', '/rus', '/english/x', '/dashboard']) expect(matches(matcher, p), p).toBe(true);
    for (const p of ['/ru', '/az/', '/en/news/a-story', '/_next/static/x.js', '/media/a.webp', '/api/x', '/favicon.ico', '/robots.txt', '/sitemap.xml']) {
      expect(matches(matcher, p), p).toBe(false);
    }
  });

  it('no other code lists the three languages itself', () => {
    // Demo content exists in three languages only (db/seed, scripts/smoke.ts): that is content, not configuration.
    const allowed = [/^i18n\/locales\.ts$/, /^proxy\.ts$/, /^db\/seed\//, /^scripts\/smoke\.ts$/, /\.test\.tsx?$/, /^e2e\//];
    const known: string[] = [];
    const patterns = [/\(\?:ru\|az\|en\)|\(ru\|az\|en\)/, /'ru' \| 'az' \| 'en'/, /\[\s*'ru',\s*'az',\s*'en'\s*\]/, /\bru: [^,]+, az: [^,]+, en: /];
    const offenders: string[] = [];
    const visit = (dir: string) => {
      for (const item of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
        const rel = path.posix.join(dir, item.name);
        if (item.isDirectory()) {
          if (item.name !== 'node_modules' && !item.name.startsWith('.')) visit(rel);
        } else if (/\.tsx?$/.test(item.name) && !allowed.some((a) => a.test(rel)) && !known.includes(rel)) {
          const text = fs.readFileSync(path.join(root, rel), 'utf8');
          if (patterns.some((p) => p.test(text))) offenders.push(rel);
        }
      }
    };
    for (const dir of ['app', 'components', 'lib', 'i18n', 'db', 'scripts']) visit(dir);
    if (fs.existsSync(path.join(root, 'proxy.ts'))) expect(allowed.some((a) => a.test('proxy.ts'))).toBe(true);
    expect(offenders, 'use `locales` from i18n/locales.ts instead').toEqual([]);
  });
});

describe('a fourth language, by configuration plus one messages file', () => {
  const withKazakh = defineLocales({ source: 'ru', languages: [...threeLanguages, { code: 'kk', name: 'Қазақша', ogLocale: 'kk_KZ' }] });

  it('is a language of the app: list, names, Open Graph, the type guard', () => {
    expect(withKazakh.locales).toEqual(['ru', 'az', 'en', 'kk']);
    expect(withKazakh.defaultLocale).toBe('ru');
    expect(withKazakh.localeNames.kk).toBe('Қазақша');
    expect(withKazakh.ogLocales.kk).toBe('kk_KZ');
    expect(withKazakh.isLocale('kk')).toBe(true);
    expect(isLocale('kk')).toBe(false); // the app's own list is untouched
  });

  it('is routed by next-intl: / with a Kazakh browser goes to /kk, and /kk/... is left to the app', async () => {
    // The app's types know its own three languages (global.d.ts); at run time next-intl takes any list.
    const kazakhLocales = withKazakh.locales as unknown as typeof locales;
    const routing = defineRouting({ locales: kazakhLocales, defaultLocale: withKazakh.defaultLocale as typeof defaultLocale, localePrefix: 'always', alternateLinks: false, localeCookie: false });
    expect(hasLocale(routing.locales, 'kk')).toBe(true);
    const proxy = createMiddleware(routing);
    const response = await proxy(new NextRequest('http://localhost/', { headers: { 'accept-language': 'kk-KZ,kk;q=0.9,ru;q=0.5' } }));
    expect(response.headers.get('location')).toBe('http://localhost/kk');
    const unprefixed = await proxy(new NextRequest('http://localhost/news', { headers: { 'accept-language': 'kk' } }));
    expect(unprefixed.headers.get('location')).toBe('http://localhost/kk/news');
    expect(matches(withKazakh.proxyMatcher, '/kk/news/a-story')).toBe(false);
    expect(matches(withKazakh.proxyMatcher, '/kk')).toBe(false);
    expect(matches(bureau.proxyMatcher, '/kk/news/a-story')).toBe(true); // today's matcher would still send it through the proxy
    expect(withKazakh.proxyMatcher).toContain('(?:ru|az|en|kk)');
  });

  it('has its plural categories from Intl (Kazakh and Turkish: one, other), not from a table', () => {
    expect(withKazakh.pluralCategories('kk')).toEqual(expect.arrayContaining(['one', 'other']));
    expect(withKazakh.pluralCategories('kk')).toHaveLength(2);
    const withTurkish = defineLocales({ source: 'ru', languages: [...threeLanguages, { code: 'tr', name: 'Türkçe', ogLocale: 'tr_TR' }] });
    expect([...withTurkish.pluralCategories('tr')].sort()).toEqual(['one', 'other']);
    expect([...withKazakh.pluralCategories('ru')].sort()).toEqual(['few', 'many', 'one', 'other']);
  });

  it('is checked by i18n:check: its file is required, then checked like any other', () => {
    expect(withKazakh.messagesFile('kk')).toBe('messages/kk.json');
    const fixtures = 'lib/i18n-check-fixtures';
    const without = checkDirectory({ root, dir: `${fixtures}/good`, sourceLocale: withKazakh.defaultLocale, locales: withKazakh.locales });
    expect(without.problems.map((p) => [p.rule, p.file])).toEqual([['missing-file', `${fixtures}/good/kk.json`]]);
    const withFile = checkDirectory({ root, dir: `${fixtures}/fourth-language`, base: `${fixtures}/good`, sourceLocale: withKazakh.defaultLocale, locales: withKazakh.locales });
    expect(withFile.problems).toEqual([]);
    expect(withFile.files).toContain(`${fixtures}/fourth-language/kk.json`);
  });

  it('falls back to Russian at run time for what its file lacks', () => {
    const kk: MessageTree = { Site: { name: 'Bureau' } };
    const handling = messageHandling({ locale: 'kk', sourceLocale: 'ru', source: ru, messages: kk, strict: false, log: () => {}, logged: new Set() });
    expect(handling.messages).toEqual(mergeWithSource(ru, kk));
    expect((handling.messages.Site as MessageTree).tagline).toBe(ru.Site.tagline);
  });

  it('refuses a configuration that could not work', () => {
    expect(() => defineLocales({ source: 'ru', languages: [...threeLanguages, { code: 'en', name: 'English', ogLocale: 'en_GB' }] })).toThrow(/listed twice/);
    expect(() => defineLocales({ source: 'ru', languages: [...threeLanguages, { code: 'KK', name: 'Қазақша', ogLocale: 'kk_KZ' }] })).toThrow(/two-letter/);
    expect(() => defineLocales({ source: 'kk' as 'ru', languages: threeLanguages })).toThrow(/source language "kk" is not in the list/);
  });
});
