import { describe, expect, it } from 'vitest';
import { cursorTimestamp, encodeCursor, parseCursor } from './cursor';

describe('listing cursors', () => {
  it('round-trip a publication time to the microsecond and an id', () => {
    const cursor = { micros: '1768913400123456', id: 4242 };
    const text = encodeCursor(cursor);
    expect(text).toMatch(/^[0-9a-z]+-[0-9a-z]+$/);
    expect(parseCursor(text)).toEqual(cursor);
    expect(cursorTimestamp(cursor)).toBe('2026-01-20T12:50:00.123456Z');
  });

  it.each(['', 'abc', '0a-1', 'ZZ-1', 'mf2k3x9q1c', 'mf2k3x9q1c-0', 'mf2k3x9q1c-01', '1-1', `${'z'.repeat(12)}-1`, 'mf2k3x9q1c-zzzzzz', 'a-b-c', '../x'])(
    'refuse the malformed or impossible cursor %j',
    (text) => {
      expect(parseCursor(text)).toBeNull();
    },
  );
});
