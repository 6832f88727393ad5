/**
 * The languages Bureau publishes in, from ONE configuration (`bureau` below). Routing, the language switcher,
 * hreflang and Open Graph tags, the dashboard's language lists, the locale-file checker (npm run i18n:check) and
 * the run-time fallback all read it. Russian is the source language.
 *
 * Adding a language (TRANSLATING.md, "Adding a language"): one entry in `languages` below and one file
 * messages/<code>.json. The proxy matcher in proxy.ts has to be a literal (Next.js reads it at build time), so
 * i18n/locales.test.ts fails until it matches `proxyMatcher`, and prints the line to paste there.
 * Safe for client components: no Node.js imports.
 */

/** One language's settings. */
export type LanguageSettings = {
  /**
   * The ISO 639-1 code: the URL prefix (/az/...), the messages file (messages/az.json), the value stored in the
   * database, and the locale given to Intl (plural rules, dates and numbers).
   */
  readonly code: string;
  /** The language's name in itself, for the language switcher. */
  readonly name: string;
  /** Open Graph locale (og:locale), e.g. az_AZ. */
  readonly ogLocale: string;
};

export type LocaleConfig<L extends readonly LanguageSettings[]> = {
  /** The source language: every other messages file is checked against it and falls back to it. */
  readonly source: L[number]['code'];
  /** In the order the language switcher lists them. */
  readonly languages: L;
};

type Codes<L extends readonly LanguageSettings[]> = { readonly [K in keyof L]: L[K] extends { code: infer C } ? C : never };

/**
 * Builds everything the app needs to know about its languages from a configuration. Exported so that tests can
 * build a configuration with a fourth language (i18n/locales.test.ts); the app uses the instance below.
 */
export function defineLocales<const L extends readonly LanguageSettings[]>(config: LocaleConfig<L>) {
  type Code = L[number]['code'];
  const codes = config.languages.map((l) => l.code);
  if (codes.length === 0) throw new Error('i18n/locales.ts: at least one language is needed');
  for (const code of codes) {
    if (!/^[a-z]{2}$/.test(code)) throw new Error(`i18n/locales.ts: "${code}" is not a two-letter lower-case language code`);
    if (Intl.PluralRules.supportedLocalesOf(code).length === 0) throw new Error(`i18n/locales.ts: this JavaScript engine has no plural rules for "${code}"`);
  }
  if (new Set(codes).size !== codes.length) throw new Error(`i18n/locales.ts: a language is listed twice (${codes.join(', ')})`);
  if (!codes.includes(config.source)) throw new Error(`i18n/locales.ts: the source language "${config.source}" is not in the list`);

  const byCode = <T>(pick: (l: L[number]) => T) => Object.fromEntries(config.languages.map((l) => [l.code, pick(l)])) as Record<Code, T>;

  return {
    /** The language codes, in the switcher's order. */
    locales: codes as unknown as Codes<L>,
    defaultLocale: config.source as Code,
    localeNames: byCode((l) => l.name),
    ogLocales: byCode((l) => l.ogLocale),
    isLocale: (value: unknown): value is Code => typeof value === 'string' && codes.includes(value),
    /** The plural categories a message needs in this language (CLDR, from the engine's Intl data). */
    pluralCategories: (code: Code, type: Intl.PluralRuleType = 'cardinal') =>
      new Intl.PluralRules(code, { type }).resolvedOptions().pluralCategories as Intl.LDMLPluralRule[],
    /** The messages file of a language, relative to the project root. */
    messagesFile: (code: Code) => `messages/${code}.json`,
    /**
     * The matcher proxy.ts must export: `/` and every path that does not start with a language prefix (or with
     * Next's and Bureau's own folders, or a file name).
     */
    proxyMatcher: `/((?!(?:${codes.join('|')})(?:/|$)|_next|media|api|favicon\\.ico|robots\\.txt|sitemap\\.xml|.*\\.[a-z0-9]+$).*)`,
  };
}

/** Bureau's languages. This is the place a language is added. */
export const bureau = defineLocales({
  source: 'ru',
  languages: [
    { code: 'ru', name: 'Русский', ogLocale: 'ru_RU' },
    { code: 'az', name: 'Azərbaycanca', ogLocale: 'az_AZ' },
    { code: 'en', name: 'English', ogLocale: 'en_US' },
  ],
});

export const locales = bureau.locales;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = bureau.defaultLocale;
/** Each language's name in itself, for the language switcher. */
export const localeNames: Record<Locale, string> = bureau.localeNames;
/** Open Graph locale codes. */
export const ogLocales: Record<Locale, string> = bureau.ogLocales;
export const isLocale: (value: unknown) => value is Locale = bureau.isLocale;
