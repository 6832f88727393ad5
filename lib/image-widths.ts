/**
 * Which of the configured image widths a photo's srcset needs, from its `sizes` attribute.
 *
 * next/image lists every configured width (12 here) in every srcset as soon as `sizes` has a calc() or a fixed
 * width, and each entry is ~85 characters written twice per photo (the HTML and the React Server Components
 * payload, three times for the LCP photo's preload hint): 2 KB a photo, a third of a story page's HTML. A browser
 * only ever picks a width between what the layout shows at the narrowest viewport (at 1×) and at the widest (at
 * the highest density served, 2×: a 3× phone gets the 2× file, which it cannot tell apart at reading distance).
 * So the srcset keeps the widths from the smallest one covering the narrowest layout to the smallest one covering
 * the widest at 2×.
 *
 * `sizes` is evaluated at every viewport width from 320 to 2560 px: entries `(min-width: Npx) <length>` and a last
 * default, each length `Npx`, `Nvw`, `Nrem` or `calc(a ± b ± …)` of those (1rem = 16px). Anything else (max-width,
 * em, other units) gives null: keep every width.
 */

const REM_PX = 16;
const VIEWPORTS = { from: 320, to: 2560, step: 8 };
/** The highest pixel density a srcset serves. */
export const MAX_DENSITY = 2;

type Entry = { minWidth: number; length: (viewport: number) => number };

/** A CSS length at a viewport width, or null when it is not one of the forms above. */
function lengthOf(text: string): ((viewport: number) => number) | null {
  const source = text.trim();
  const calc = /^calc\((.*)\)$/.exec(source);
  const expression = calc ? calc[1]! : source;
  // Terms with their signs: "100vw - 2rem" → +100vw, -2rem. Inside calc() + and - need spaces around them.
  const terms = (calc ? expression.split(/\s+(?=[+-]\s)/) : [expression]).map((term) => term.trim());
  const parsed: { sign: number; value: number; unit: string }[] = [];
  for (const term of terms) {
    const match = /^([+-]\s+)?(\d+(?:\.\d+)?)(px|vw|rem)$/.exec(term);
    if (!match) return null;
    parsed.push({ sign: match[1]?.trim() === '-' ? -1 : 1, value: Number(match[2]), unit: match[3]! });
  }
  return (viewport) =>
    parsed.reduce((sum, { sign, value, unit }) => sum + sign * (unit === 'px' ? value : unit === 'rem' ? value * REM_PX : (value * viewport) / 100), 0);
}

function entriesOf(sizes: string): Entry[] | null {
  const entries: Entry[] = [];
  // Top-level commas only (none of the supported forms has a comma inside parentheses).
  for (const part of sizes.split(',').map((p) => p.trim()).filter(Boolean)) {
    const media = /^\(\s*min-width:\s*(\d+(?:\.\d+)?)px\s*\)\s+(.+)$/.exec(part);
    const length = lengthOf(media ? media[2]! : part);
    if (!length) return null;
    entries.push({ minWidth: media ? Number(media[1]) : 0, length });
  }
  return entries.length > 0 ? entries : null;
}

/** The smallest and largest width in CSS pixels the layout gives the photo, or null when `sizes` is not understood. */
export function renderedRange(sizes: string): { min: number; max: number } | null {
  const entries = entriesOf(sizes);
  if (!entries) return null;
  let min = Infinity;
  let max = 0;
  for (let viewport = VIEWPORTS.from; viewport <= VIEWPORTS.to; viewport += VIEWPORTS.step) {
    // The first entry whose condition holds, as a browser reads `sizes`.
    const entry = entries.find((e) => viewport >= e.minWidth) ?? entries[entries.length - 1]!;
    const width = Math.max(1, entry.length(viewport));
    min = Math.min(min, width);
    max = Math.max(max, width);
  }
  return { min, max };
}

/**
 * The widths (sorted ascending, from `widths`) a srcset needs for `sizes`: from the smallest that covers the
 * narrowest layout at 1× to the smallest that covers the widest at MAX_DENSITY (all up to the largest if none
 * does). All of `widths` when `sizes` is not understood.
 */
export function widthsFor(sizes: string, widths: readonly number[]): number[] {
  const sorted = [...new Set(widths)].sort((a, b) => a - b);
  const range = renderedRange(sizes);
  if (!range || sorted.length === 0) return sorted;
  const covering = (px: number) => {
    const index = sorted.findIndex((w) => w >= px);
    return index === -1 ? sorted.length - 1 : index;
  };
  return sorted.slice(covering(range.min), covering(range.max * MAX_DENSITY) + 1);
}

/** A srcset ("url 96w, url 160w, …") with only the entries whose width is in `keep`. */
export function filterSrcSet(srcSet: string, keep: readonly number[]): string {
  const wanted = new Set(keep);
  const entries = srcSet.split(', ').filter((entry) => {
    const match = /\s(\d+)w$/.exec(entry);
    return !match || wanted.has(Number(match[1]));
  });
  return entries.length > 0 ? entries.join(', ') : srcSet;
}
