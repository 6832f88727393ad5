import { describe, expect, it } from 'vitest';
import { filterSrcSet, renderedRange, widthsFor } from './image-widths';

// next.config.ts: imageSizes then deviceSizes.
const ALL = [96, 160, 256, 384, 360, 480, 640, 828, 1080, 1280, 1600, 1920];

describe('widthsFor', () => {
  it("keeps a story cover's widths from a 320 px phone at 1× to the 760 px column at 2×", () => {
    // 320 − 32 = 288 px at the narrowest (360 covers it); 759 px at a 791 px viewport, × 2 = 1518 (1600 covers it).
    expect(widthsFor('(min-width: 792px) 760px, calc(100vw - 2rem)', ALL)).toEqual([360, 384, 480, 640, 828, 1080, 1280, 1600]);
  });

  it("keeps an exhibition thumbnail's few widths, not the desktop photo sizes", () => {
    const widths = widthsFor('(min-width: 792px) 248px, (min-width: 600px) calc(33.3vw - 1rem), calc(50vw - 1.25rem)', ALL);
    expect(widths[0]).toBe(160); // 50 % of 320 − 20 = 140 px
    expect(widths.at(-1)).toBe(640); // 279.5 px at a 599 px phone, × 2 = 559
    expect(widths).not.toContain(1920);
  });

  it('keeps a fixed width and its double', () => {
    expect(widthsFor('120px', ALL)).toEqual([160, 256]);
  });

  it('keeps the largest width when even it is smaller than the layout at 2×', () => {
    expect(widthsFor('100vw', ALL)).toEqual([360, 384, 480, 640, 828, 1080, 1280, 1600, 1920]);
  });

  it('keeps every width when sizes uses what it does not understand', () => {
    expect(widthsFor('(max-width: 600px) 100vw, 50vw', ALL)).toEqual([...ALL].sort((a, b) => a - b));
    expect(widthsFor('30em', ALL)).toHaveLength(ALL.length);
    expect(widthsFor('', ALL)).toHaveLength(ALL.length);
  });
});

describe('renderedRange', () => {
  it('reads min-width conditions in order, as a browser does', () => {
    expect(renderedRange('(min-width: 1160px) 355px, (min-width: 900px) calc(33.3vw - 2rem), 120px')).toEqual({ min: 120, max: 355 });
  });
});

describe('filterSrcSet', () => {
  const srcSet = '/_next/image?url=%2Fa.jpg&w=96&q=75 96w, /_next/image?url=%2Fa.jpg&w=640&q=75 640w, /_next/image?url=%2Fa.jpg&w=1920&q=75 1920w';
  it('drops the entries whose width is not kept', () => {
    expect(filterSrcSet(srcSet, [640])).toBe('/_next/image?url=%2Fa.jpg&w=640&q=75 640w');
  });
  it('leaves the srcset whole rather than empty', () => {
    expect(filterSrcSet(srcSet, [])).toBe(srcSet);
  });
});
