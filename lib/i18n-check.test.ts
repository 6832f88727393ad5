import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkDirectory,
  checkMessages,
  collectUsage,
  formatReport,
  isKeyUsed,
  parseMessagesFile,
  pluralCategoriesFor,
  type Problem,
  type Rule,
} from './i18n-check';

const root = path.resolve(__dirname, '..');
const fixtures = 'lib/i18n-check-fixtures';
const locales = ['ru', 'az', 'en'];

/** A fixture folder holds only the file that differs from the good set. */
const check = (fixture: string, options: { locales?: string[] } = {}) =>
  checkDirectory({ root, dir: `${fixtures}/${fixture}`, base: `${fixtures}/good`, sourceLocale: 'ru', locales: options.locales ?? locales });

const errors = (problems: Problem[]) => problems.filter((p) => p.severity === 'error');

describe('the good fixture set', () => {
  it('passes with neither errors nor warnings', () => {
    const { problems, files } = check('good');
    expect(problems).toEqual([]);
    expect(files).toEqual([`${fixtures}/good/ru.json`, `${fixtures}/good/az.json`, `${fixtures}/good/en.json`]);
  });
});

describe('each rule fails on its own fixture, and only on that rule', () => {
  const cases: { fixture: string; rule: Rule; file: string; key: string; says: RegExp }[] = [
    { fixture: 'missing-key', rule: 'missing-key', file: 'az.json', key: 'Media.upload.errors.notImage', says: /missing key — add it, translating ru\.json \(line \d+\): "Это не фотография"/ },
    { fixture: 'extra-key', rule: 'extra-key', file: 'en.json', key: 'Story.teaser', says: /key not in ru\.json/ },
    { fixture: 'empty-string', rule: 'empty-string', file: 'az.json', key: 'Media.upload.errors.tooLarge', says: /empty string — translate it/ },
    { fixture: 'invalid-icu', rule: 'invalid-icu', file: 'en.json', key: 'Story.photoCount', says: /invalid ICU message: a \{ is not closed/ },
    { fixture: 'placeholder-mismatch', rule: 'placeholder-mismatch', file: 'az.json', key: 'Story.byline', says: /placeholder \{author\} is missing/ },
    { fixture: 'tag-mismatch', rule: 'tag-mismatch', file: 'en.json', key: 'Media.upload.hint', says: /tag <choose> is missing/ },
    { fixture: 'missing-plural-category', rule: 'plural-category', file: 'ru.json', key: 'Story.photoCount', says: /lacks "few", "many" — ru needs one, few, many, other/ },
    { fixture: 'select-option', rule: 'select-option', file: 'az.json', key: 'Dashboard.role', says: /lacks "editor"/ },
    { fixture: 'malformed-json', rule: 'malformed-json', file: 'az.json', key: 'line 4, column 5', says: /malformed JSON: a comma is missing/ },
    { fixture: 'duplicate-key', rule: 'duplicate-key', file: 'en.json', key: 'Site.tagline', says: /duplicate key \(lines 4 and 5\)/ },
  ];

  for (const c of cases) {
    it(`${c.fixture}: ${c.rule} in ${c.file} at ${c.key}`, () => {
      const found = errors(check(c.fixture).problems);
      expect(new Set(found.map((p) => p.rule))).toEqual(new Set([c.rule]));
      const hit = found.find((p) => p.key === c.key);
      expect(hit, JSON.stringify(found)).toBeDefined();
      expect(hit!.file).toBe(`${fixtures}/${c.fixture}/${c.file}`);
      expect(formatReport(found, [])).toMatch(c.says);
      expect(hit!.fix.length).toBeGreaterThan(10);
    });
  }

  it('placeholders and tags are reported both ways (missing, and not in the source)', () => {
    expect(errors(check('placeholder-mismatch').problems).map((p) => p.what)).toEqual(['placeholder {author} is missing', 'placeholder {avtor} is not in ru.json']);
    expect(errors(check('tag-mismatch').problems).map((p) => p.what)).toEqual(['tag <choose> is missing', 'tag <b> is not in ru.json']);
  });
});

describe('duplicate keys', () => {
  it('are invisible to JSON.parse, which keeps the last one, and found by the checker', () => {
    const text = fs.readFileSync(path.join(root, fixtures, 'duplicate-key/en.json'), 'utf8');
    expect((JSON.parse(text) as { Site: { tagline: string } }).Site.tagline).toBe('News in 3 languages');
    expect(parseMessagesFile('en.json', text).problems.map((p) => p.rule)).toEqual(['duplicate-key']);
  });

  it('are per object: the same name in two objects is fine', () => {
    expect(parseMessagesFile('x.json', '{"A": {"title": "a"}, "B": {"title": "b"}}').problems).toEqual([]);
  });
});

describe('other file problems', () => {
  it('reports a configured language without a file', () => {
    const found = errors(check('good', { locales: ['ru', 'az', 'en', 'kk'] }).problems);
    expect(found.map((p) => [p.rule, p.file])).toEqual([['missing-file', `${fixtures}/good/kk.json`]]);
    expect(found[0]!.fix).toMatch(/copy .*ru\.json to .*kk\.json/);
  });

  it('reports values that are not text, and keys with a dot (next-intl reads it as nesting)', () => {
    const found = parseMessagesFile('x.json', '{"A": {"n": 3, "list": ["a"], "a.b": "text"}}').problems;
    expect(found.map((p) => [p.rule, p.key])).toEqual([
      ['not-text', 'A.n'],
      ['not-text', 'A.list'],
      ['dot-in-key', 'A.a.b'],
    ]);
  });

  it('reports comments and trailing commas as malformed JSON, with their line', () => {
    const found = parseMessagesFile('x.json', '{\n  "a": "b",\n}\n').problems;
    expect(found[0]).toMatchObject({ rule: 'malformed-json', line: 3 });
    expect(parseMessagesFile('x.json', '{\n  // note\n  "a": "b"\n}').problems[0]).toMatchObject({ rule: 'malformed-json', line: 2 });
  });
});

describe('plural categories', () => {
  const file = (locale: string, text: Record<string, string>) => ({ locale, file: `${locale}.json`, text: JSON.stringify(text) });

  it('come from Intl.PluralRules (CLDR), not from a table', () => {
    expect(pluralCategoriesFor('ru')).toEqual(['one', 'few', 'many', 'other']);
    expect(pluralCategoriesFor('az')).toEqual(['one', 'other']);
    expect(pluralCategoriesFor('en')).toEqual(['one', 'other']);
    expect(pluralCategoriesFor('en', 'ordinal')).toEqual(['one', 'two', 'few', 'other']);
  });

  it('do not count exact matches like =0, and need "other" in every language', () => {
    const ru = file('ru', { n: '{count, plural, one {# фото} few {# фото} many {# фото} other {# фото}}' });
    const exactOnly = checkMessages({ source: ru, translations: [file('az', { n: '{count, plural, =0 {yoxdur} other {# foto}}' })] });
    expect(errors(exactOnly).map((p) => [p.rule, p.what])).toEqual([['plural-category', 'the plural of {count} lacks "one"']]);
    const noOther = checkMessages({ source: ru, translations: [file('en', { n: '{count, plural, one {# photo}}' })] });
    expect(errors(noOther).map((p) => p.rule)).toEqual(['invalid-icu']);
    expect(errors(noOther)[0]!.what).toMatch(/^invalid ICU message: a plural or select without the "other" option/);
  });

  it('check plurals nested in a select, and selectordinal with ordinal categories', () => {
    const ru = file('ru', { n: '{g, select, a {{count, plural, one {#} few {#} many {#} other {#}}} other {x}}', o: '{place, selectordinal, other {#-е}}' });
    const en = file('en', { n: '{g, select, a {{count, plural, other {#}}} other {x}}', o: '{place, selectordinal, one {#st} other {#th}}' });
    expect(errors(checkMessages({ source: ru, translations: [en] })).map((p) => [p.key, p.what])).toEqual([
      ['n', 'the plural of {count} lacks "one"'],
      ['o', 'the plural of {place} lacks "two", "few"'],
    ]);
  });

  it('warn (without failing) about categories a language never uses', () => {
    const ru = file('ru', { n: '{count, plural, one {#} few {#} many {#} other {#}}' });
    const found = checkMessages({ source: ru, translations: [file('en', { n: '{count, plural, one {#} few {#} other {#}}' })] });
    expect(found.map((p) => [p.severity, p.rule])).toEqual([['warning', 'unneeded-category']]);
  });

  it('accept a plural in a translation where the source has a plain placeholder (same names)', () => {
    const ru = file('ru', { n: 'Фото: {count}' });
    expect(checkMessages({ source: ru, translations: [file('en', { n: '{count, plural, one {# photo} other {# photos}}' })] })).toEqual([]);
  });
});

describe('unused keys', () => {
  const usage = collectUsage([
    "const t = useTranslations('Home'); t('title'); t('errors.tooLarge');",
    'const label = t(`roles.${role}`);',
    "const g = await getTranslations({ locale, namespace: 'Dashboard.account' }); g.raw('steps');",
    'const full = "Story.byline";',
    "const line = story.author ? `${t('by')}: ${story.author}` : null;",
  ]);

  it('counts a key as used when a literal spells its end, or a dynamic key covers it', () => {
    expect(isKeyUsed('Home.title', usage)).toBe(true);
    expect(isKeyUsed('Media.upload.errors.tooLarge', usage)).toBe(true);
    expect(isKeyUsed('Dashboard.roles.editor', usage)).toBe(true);
    expect(isKeyUsed('Story.byline', usage)).toBe(true);
    expect(isKeyUsed('Guide.steps.first', usage)).toBe(true);
    expect(isKeyUsed('Story.by', usage)).toBe(true);
    expect(isKeyUsed('Home.subtitle', usage)).toBe(false);
    expect(isKeyUsed('Media.upload.errors.notImage', usage)).toBe(false);
  });

  it('are warnings: the check still passes', () => {
    const ru = { locale: 'ru', file: 'ru.json', text: '{"Home": {"title": "Новости", "subtitle": "Нигде"}}' };
    const found = checkMessages({ source: ru, translations: [], usage });
    expect(found.map((p) => [p.severity, p.rule, p.key])).toEqual([['warning', 'unused-key', 'Home.subtitle']]);
    expect(formatReport(found, ['ru.json'])).toMatch(/i18n:check passed: ru\.json agree \(1 warning\(s\)\)\.$/);
  });
});

describe('the report', () => {
  it('is one line per problem, grouped by file with errors first, then a count', () => {
    const problems = [...check('missing-key').problems, ...check('duplicate-key').problems];
    const report = formatReport(problems, [`${fixtures}/good/ru.json`]).split('\n');
    expect(report).toEqual([
      expect.stringMatching(/^lib\/i18n-check-fixtures\/missing-key\/az\.json {2}Media\.upload\.errors\.notImage {2}missing key — /),
      '',
      expect.stringMatching(/^lib\/i18n-check-fixtures\/duplicate-key\/en\.json:5 {2}Site\.tagline {2}duplicate key/),
      '',
      expect.stringMatching(/^i18n:check failed: 2 error\(s\), 0 warning\(s\)/),
    ]);
  });
});

describe('npm run i18n:check', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/i18n-check.ts', '--locales', locales.join(','), ...args], { cwd: root, encoding: 'utf8' });

  it('exits 0 on the good set and 1 on a broken fixture, printing the report', () => {
    const good = run('--messages', `${fixtures}/good`);
    expect(good.stdout).toMatch(/i18n:check passed/);
    expect(good.status).toBe(0);
    const broken = run('--messages', `${fixtures}/empty-string`, '--base', `${fixtures}/good`);
    expect(broken.stdout).toMatch(/empty-string\/az\.json:\d+ {2}Media\.upload\.errors\.tooLarge {2}empty string/);
    expect(broken.status).toBe(1);
  }, 30_000);
});
