import { describe, expect, it } from 'vitest';
import { memoizedRead } from './cached';

/** A read that counts its calls, and a generation the test turns. */
function setup(options: { maxEntries?: number; maxBytes?: number } = {}) {
  let generation = 'g1';
  const calls: string[] = [];
  const read = async (q: string) => {
    calls.push(q);
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (q === 'fail') throw new Error('database down');
    return { q, at: calls.length };
  };
  const search = memoizedRead(read, {
    key: (q) => q,
    generation: async () => generation,
    maxEntries: options.maxEntries ?? 100,
    maxBytes: options.maxBytes ?? 1_000_000,
    ttlMs: 60_000,
  });
  return { search, calls, turn: (next: string) => (generation = next) };
}

describe('memoizedRead (search results kept in memory)', () => {
  it('answers a repeated query from memory, and reads again once the generation changes (a publish)', async () => {
    const { search, calls, turn } = setup();
    const first = await search('мир');
    expect(await search('мир')).toEqual(first);
    expect(calls).toEqual(['мир']);
    turn('g2');
    const fresh = await search('мир');
    expect(calls).toEqual(['мир', 'мир']);
    expect(fresh).not.toEqual(first);
  });

  it('reads once for many readers asking the same thing at the same moment', async () => {
    const { search, calls } = setup();
    const results = await Promise.all(Array.from({ length: 20 }, () => search('bakı')));
    expect(new Set(results.map((r) => r.at))).toEqual(new Set([1]));
    expect(calls).toHaveLength(1);
  });

  it('keeps at most maxEntries queries, forgetting the least recently asked', async () => {
    const { search, calls } = setup({ maxEntries: 2 });
    await search('a');
    await search('b');
    await search('a');
    await search('c'); // evicts b
    await search('a');
    await search('b');
    expect(calls).toEqual(['a', 'b', 'c', 'b']);
  });

  it('does not keep a result bigger than its whole budget, and does not keep a failure', async () => {
    const { search, calls } = setup({ maxBytes: 10 });
    await search('long query');
    await search('long query');
    expect(calls).toEqual(['long query', 'long query']);
    await expect(search('fail')).rejects.toThrow('database down');
    await expect(search('fail')).rejects.toThrow('database down');
    expect(calls.filter((q) => q === 'fail')).toHaveLength(2);
  });
});
