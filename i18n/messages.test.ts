import { createTranslator, IntlError, IntlErrorCode } from 'next-intl';
import { describe, expect, it, vi } from 'vitest';
import az from '@/messages/az.json';
import en from '@/messages/en.json';
import ru from '@/messages/ru.json';
import { findGaps, isStrictMessages, LAST_RESORT_TEXT, mergeWithSource, messageAt, messageHandling, MissingMessagesError, type MessageTree } from './messages';

const source: MessageTree = {
  Story: { by: 'Автор', published: 'Опубликовано {date}', photoCount: '{count, plural, one {# фото} few {# фото} many {# фото} other {# фото}}' },
  Media: { upload: { errors: { tooLarge: 'Файл больше {limit} МБ', notImage: 'Это не фотография' } } },
};
const azPartial: MessageTree = {
  Story: { by: 'Müəllif', published: '   ', photoCount: '{count, plural, one {# foto} other {# foto}}' },
  Media: { upload: { errors: { tooLarge: '' } } },
  Extra: { only: 'Yalnız burada' },
};

/** A next-intl translator wired exactly as i18n/request.ts wires the request configuration. */
function translator(locale: string, handling: ReturnType<typeof messageHandling>) {
  return createTranslator({
    locale: locale as 'az',
    messages: handling.messages as never,
    onError: handling.onError,
    getMessageFallback: handling.getMessageFallback,
  }) as unknown as (key: string, values?: Record<string, string | number>) => string;
}

describe('isStrictMessages', () => {
  it('is strict in development and tests, and wherever BUREAU_STRICT_MESSAGES=1 (the e2e server)', () => {
    expect(isStrictMessages({ NODE_ENV: 'development' })).toBe(true);
    expect(isStrictMessages({ NODE_ENV: 'test' })).toBe(true);
    expect(isStrictMessages({ NODE_ENV: 'production' })).toBe(false);
    expect(isStrictMessages({ NODE_ENV: 'production', BUREAU_STRICT_MESSAGES: '1' })).toBe(true);
    expect(isStrictMessages({ NODE_ENV: 'development', BUREAU_STRICT_MESSAGES: '0' })).toBe(false);
  });
});

describe('findGaps and mergeWithSource', () => {
  it('find missing, empty and whitespace-only strings at any depth', () => {
    expect(findGaps(source, azPartial)).toEqual([
      { key: 'Story.published', reason: 'empty' },
      { key: 'Media.upload.errors.tooLarge', reason: 'empty' },
      { key: 'Media.upload.errors.notImage', reason: 'missing' },
    ]);
    expect(findGaps(source, source)).toEqual([]);
  });

  it('fill every gap with the source text, keep the translation elsewhere, and change neither input', () => {
    const before = JSON.stringify(azPartial);
    const merged = mergeWithSource(source, azPartial);
    expect(merged).toEqual({
      Story: { by: 'Müəllif', published: 'Опубликовано {date}', photoCount: '{count, plural, one {# foto} other {# foto}}' },
      Media: { upload: { errors: { tooLarge: 'Файл больше {limit} МБ', notImage: 'Это не фотография' } } },
      Extra: { only: 'Yalnız burada' },
    });
    expect(JSON.stringify(azPartial)).toBe(before);
    expect(findGaps(source, merged)).toEqual([]);
  });

  it('drop an empty string that the source has no text for, so it is reported instead of rendered as nothing', () => {
    expect(mergeWithSource({ a: '' }, { a: '', b: ' ' })).toEqual({});
  });

  it('find a string by its dotted path', () => {
    expect(messageAt(source, 'Media.upload.errors.notImage')).toBe('Это не фотография');
    expect(messageAt(source, 'Media.upload')).toBeUndefined();
    expect(messageAt(source, 'Nope.nothing')).toBeUndefined();
  });
});

describe('in production', () => {
  const handling = (logged = new Set<string>(), log = vi.fn()) => ({
    log,
    handling: messageHandling({ locale: 'az', sourceLocale: 'ru', source, messages: azPartial, strict: false, log, logged }),
  });

  it('a missing or empty string shows the Russian text, never nothing and never a key path', () => {
    const t = translator('az', handling().handling);
    expect(t('Story.by')).toBe('Müəllif');
    expect(t('Story.published', { date: '1.1.2026' })).toBe('Опубликовано 1.1.2026');
    expect(t('Media.upload.errors.tooLarge', { limit: 25 })).toBe('Файл больше 25 МБ');
    expect(t('Media.upload.errors.notImage')).toBe('Это не фотография');
    expect(t('Story.photoCount', { count: 3 })).toBe('3 foto');
  });

  it('logs each gap once per key and language, however many requests ask', () => {
    const logged = new Set<string>();
    const first = handling(logged);
    const second = handling(logged);
    expect(first.log).toHaveBeenCalledTimes(3);
    expect(first.log.mock.calls.map((c) => c[0])).toEqual([
      expect.stringMatching(/messages\/az\.json: Story\.published is empty; showing the ru text/),
      expect.stringMatching(/Media\.upload\.errors\.tooLarge is empty/),
      expect.stringMatching(/Media\.upload\.errors\.notImage is missing/),
    ]);
    expect(second.log).not.toHaveBeenCalled();
    const en = messageHandling({ locale: 'en', sourceLocale: 'ru', source, messages: {}, strict: false, log: first.log, logged });
    expect(en.messages).toEqual(source);
    expect(first.log).toHaveBeenCalledTimes(3 + 5);
  });

  it('a key the source lacks too (a dynamic key) shows a visible placeholder and is logged once', () => {
    const { handling: h, log } = handling();
    const t = translator('az', h);
    expect(t('Story.nothing')).toBe(LAST_RESORT_TEXT);
    expect(t('Story.nothing')).toBe(LAST_RESORT_TEXT);
    expect(log.mock.calls.filter((c) => String(c[0]).includes('Story.nothing'))).toHaveLength(1);
  });

  it('a message that cannot be formatted falls back to the Russian text, not to its key', () => {
    const h = messageHandling({ locale: 'az', sourceLocale: 'ru', source, messages: { Story: { by: '{broken' } }, strict: false, log: () => {}, logged: new Set() });
    expect(translator('az', h)('Story.by')).toBe('Автор');
  });
});

describe('in development and tests (strict)', () => {
  it('a language file with a gap fails at once, naming every gap', () => {
    const attempt = () => messageHandling({ locale: 'az', sourceLocale: 'ru', source, messages: azPartial, strict: true });
    expect(attempt).toThrow(MissingMessagesError);
    expect(attempt).toThrow(/messages\/az\.json has no text for 3 string\(s\)[\s\S]*Story\.published \(empty\)[\s\S]*Media\.upload\.errors\.notImage \(missing\)/);
  });

  it('a string that cannot be found or formatted throws where it is used', () => {
    const h = messageHandling({ locale: 'ru', sourceLocale: 'ru', source, messages: source, strict: true });
    const t = translator('ru', h);
    expect(t('Story.by')).toBe('Автор');
    expect(() => t('Story.nothing')).toThrow(IntlError);
    expect(() => t('Story.published')).toThrow(/FORMATTING_ERROR|published/);
  });

  it('errors about the environment (not about a string) are logged, not thrown', () => {
    const log = vi.fn();
    const h = messageHandling({ locale: 'ru', sourceLocale: 'ru', source, messages: source, strict: true, log, logged: new Set() });
    h.onError(new IntlError(IntlErrorCode.ENVIRONMENT_FALLBACK, 'no `now`'));
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('the real messages files have no gap, so the e2e server (strict) serves every language', () => {
    for (const [locale, messages] of Object.entries({ ru, az, en })) {
      expect(() => messageHandling({ locale, sourceLocale: 'ru', source: ru, messages, strict: true }), locale).not.toThrow();
    }
  });
});
