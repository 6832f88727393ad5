import { describe, expect, it } from 'vitest';
import { languageName } from './language-name';

describe('languageName', () => {
  it('names a language in another language, including one not configured', () => {
    expect(languageName('en', 'en')).toBe('English');
    expect(languageName('az', 'en')).toBe('Azerbaijani');
    expect(languageName('ru', 'ru')).toBe('русский');
    expect(languageName('kk', 'en')).toBe('Kazakh');
    expect(languageName('en', 'not a locale!')).toBe('en');
  });
});
