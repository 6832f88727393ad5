/**
 * A language's name in the reader's or editor's language ("English", "английский", "ingilis"), from the
 * runtime's CLDR data (Intl.DisplayNames): no per-language message keys, so a language added in
 * i18n/locales.ts is named everywhere without editing messages.
 */
export function languageName(code: string, inLocale: string): string {
  try {
    return new Intl.DisplayNames([inLocale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
