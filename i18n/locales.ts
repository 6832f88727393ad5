/**
 * The languages Bureau publishes in. This list is the one place a language is added: routing, the language
 * switcher, hreflang alternates and the seed all read it. Russian is the source language.
 */
export const locales = ['ru', 'az', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'ru';

/** Each language's name in itself, for the language switcher. */
export const localeNames: Record<Locale, string> = {
  ru: 'Русский',
  az: 'Azərbaycanca',
  en: 'English',
};

/** Open Graph locale codes. */
export const ogLocales: Record<Locale, string> = { ru: 'ru_RU', az: 'az_AZ', en: 'en_US' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
