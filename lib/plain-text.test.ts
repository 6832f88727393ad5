import { describe, expect, it } from 'vitest';
import { containsNul, escapeLike, hasControlCharacters, withoutControlCharacters } from './plain-text';

describe('control characters', () => {
  it('finds NUL and the other invisible codes, not tabs, newlines or any script', () => {
    expect(hasControlCharacters('a\u0000b')).toBe(true);
    expect(hasControlCharacters('a\u001bb\u007f')).toBe(true);
    expect(hasControlCharacters('Абзац\n\tвторой\r\nAzərbaycan, 20 Yanvar — «цитата»')).toBe(false);
    // Twice in a row: the check keeps no state between calls.
    expect([hasControlCharacters('\u0000'), hasControlCharacters('\u0000')]).toEqual([true, true]);
  });

  it('drops them from search texts', () => {
    expect(withoutControlCharacters('по\u0000соль\u0007ство')).toBe('посольство');
  });

  it('finds a NUL anywhere in an action input: nested objects, arrays, form fields and file names', () => {
    expect(containsNul({ text: 'Word line\u000bbreak' })).toBe(false);
    expect(containsNul({ id: 1, text: { title: 'ok', body: [{ p: 'x\u0000' }] } })).toBe(true);
    expect(containsNul({ id: 1, text: { title: 'ok' } })).toBe(false);
    const form = new FormData();
    form.append('title', 'Заголовок');
    expect(containsNul(form)).toBe(false);
    form.append('file', new File(['x'], 'photo\u0000.jpg'));
    expect(containsNul(form)).toBe(true);
  });

  it('escapes LIKE patterns so that %, _ and backslashes are taken literally', () => {
    expect(escapeLike('100%_a\\b')).toBe('100\\%\\_a\\\\b');
  });
});
