import { describe, expect, it } from 'vitest';
import { parsePositiveInt, paths } from './paths';

describe('parsePositiveInt', () => {
  it('accepts plain positive integers', () => {
    expect(parsePositiveInt('1')).toBe(1);
    expect(parsePositiveInt('42')).toBe(42);
  });
  it('uses the fallback only when the value is absent', () => {
    expect(parsePositiveInt(undefined, 1)).toBe(1);
    expect(parsePositiveInt('', 1)).toBeNull();
  });
  it.each(['0', '-1', '01', '1.5', '1e3', '2abc', ' 2', '9999999'])('refuses %j', (value) => {
    expect(parsePositiveInt(value, 1)).toBeNull();
  });
  it('refuses a repeated parameter', () => {
    expect(parsePositiveInt(['1', '2'], 1)).toBeNull();
  });
});

describe('paths', () => {
  it('builds locale-prefixed URLs', () => {
    expect(paths.story('az', 'x-y')).toBe('/az/news/x-y');
    expect(paths.photo('en', 'x', 3)).toBe('/en/news/x/photo/3');
    expect(paths.category('ru', 'sport')).toBe('/ru/category/sport');
    expect(paths.category('ru', 'sport', 'mf2k3x9q1c-7ps')).toBe('/ru/category/sport/older/mf2k3x9q1c-7ps');
    expect(paths.tag('en', 'chess', null)).toBe('/en/tag/chess');
    expect(paths.news('az', 'mf2k3x9q1c-1')).toBe('/az/news/older/mf2k3x9q1c-1');
    expect(paths.exhibitions('en', 'mf2k3x9q1c-1')).toBe('/en/photo/older/mf2k3x9q1c-1');
    expect(paths.author('az', 'r-aliyev')).toBe('/az/author/r-aliyev');
    expect(paths.bureau('ru', 'baku')).toBe('/ru/bureau/baku');
    expect(paths.archive('ru')).toBe('/ru/archive');
    expect(paths.archive('en', 2026, 1)).toBe('/en/archive/2026/01');
    expect(paths.archive('en', 2025, 12, 3)).toBe('/en/archive/2025/12?page=3');
  });
});
