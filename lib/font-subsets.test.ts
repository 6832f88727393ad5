import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * app/fonts.ts declares Noto Sans in @fontsource's unicode-range subsets (next/font needs literal options, so the
 * ranges are written out there). These checks keep them equal to @fontsource's own, and make sure each language's
 * letters fall in the subsets its pages load: a letter outside them would be drawn in another font.
 */
type Range = [number, number];

function parseRanges(value: string): Range[] {
  return value.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
  });
}

const covers = (ranges: Range[], char: string) => ranges.some(([from, to]) => char.codePointAt(0)! >= from && char.codePointAt(0)! <= to);

const fontsSource = fs.readFileSync(path.resolve('app/fonts.ts'), 'utf8');
const declared = [...fontsSource.matchAll(/prop: 'unicode-range',\s*value:\s*'([^']+)'/g)].map((m) => m[1]!);
const fontsourceCss = fs.readFileSync(path.resolve('node_modules/@fontsource/noto-sans/400.css'), 'utf8');
const upstream = (subset: string) =>
  new RegExp(`noto-sans-${subset}-400-normal \\*/[^}]*?unicode-range: ([^;]+);`).exec(fontsourceCss)?.[1];

const [latin, cyrillic, latinExt] = declared.map(parseRanges) as [Range[], Range[], Range[]];

const azerbaijani = 'AaBbCcÇçDdEeƏəFfGgĞğHhXxIıİiJjKkQqLlMmNnOoÖöPpRrSsŞşTtUuÜüVvYyZz';
const russian = 'АаБбВвГгДдЕеЁёЖжЗзИиЙйКкЛлМмНнОоПпРрСсТтУуФфХхЦцЧчШшЩщЪъЫыЬьЭэЮюЯя№';
const english = 'AaBbCcDdEeFfGgHhIiJjKkLlMmNnOoPpQqRrSsTtUuVvWwXxYyZz0123456789«»—–…€';

describe('font subsets', () => {
  it('declares the latin, cyrillic and latin-ext ranges exactly as @fontsource/noto-sans does', () => {
    expect(declared).toHaveLength(3);
    expect(declared).toEqual([upstream('latin'), upstream('cyrillic'), upstream('latin-ext')]);
  });

  it('covers every Azerbaijani letter with latin + latin-ext, ə in latin-ext', () => {
    expect([...azerbaijani].filter((c) => !covers(latin, c) && !covers(latinExt, c))).toEqual([]);
    expect(covers(latinExt, 'ə')).toBe(true);
    expect(covers(latinExt, 'Ə')).toBe(true);
  });

  it('covers every Russian letter with latin + cyrillic, without latin-ext', () => {
    expect([...russian].filter((c) => !covers(latin, c) && !covers(cyrillic, c))).toEqual([]);
    expect([...russian].filter((c) => covers(latinExt, c))).toEqual([]);
  });

  it('draws English pages from latin alone', () => {
    expect([...english].filter((c) => !covers(latin, c))).toEqual([]);
  });
});
