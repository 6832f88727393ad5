/**
 * Wraps a read in Next.js's data cache with tags. Outside a Next.js server (vitest, CLI scripts) there is no
 * cache to use, so the read runs directly: tests exercise exactly the query the site runs.
 *
 * Results pass through JSON in the cache, so cached reads return plain data (dates as ISO strings).
 */
import { unstable_cache } from 'next/cache';

export function cachedRead<Args extends unknown[], Result>(
  name: string,
  read: (...args: Args) => Promise<Result>,
  tagsFor: (...args: Args) => string[],
  options: { revalidate?: number } = {},
): (...args: Args) => Promise<Result> {
  return (...args: Args) => {
    if (!process.env.NEXT_RUNTIME) return read(...args);
    return unstable_cache(() => read(...args), [name, JSON.stringify(args)], {
      tags: tagsFor(...args),
      // Tags revalidate on publish; the hour is a safety net for anything changed behind the portal's back.
      // Reads that change without a publish (most read, the ticker's expiry) pass a shorter time.
      revalidate: options.revalidate ?? 3600,
    })();
  };
}
