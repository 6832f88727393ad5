import { describe, expect, it } from 'vitest';
import { applyTheme, storedTheme, THEME_STORAGE_KEY, themeScript } from './theme';

function fakeStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

function fakeRoot() {
  const attributes = new Map<string, string>();
  return { attributes, setAttribute: (k: string, v: string) => void attributes.set(k, v), removeAttribute: (k: string) => void attributes.delete(k) };
}

/** Runs the inline script as the browser would, with this storage. */
function runScript(storage: object) {
  const root = fakeRoot();
  new Function('document', 'localStorage', themeScript)({ documentElement: root }, storage);
  return root.attributes.get('data-theme');
}

describe('themeScript (before first paint)', () => {
  it('applies a stored light or dark choice', () => {
    expect(runScript(fakeStorage({ [THEME_STORAGE_KEY]: 'dark' }))).toBe('dark');
    expect(runScript(fakeStorage({ [THEME_STORAGE_KEY]: 'light' }))).toBe('light');
  });
  it('leaves the system setting in charge otherwise', () => {
    expect(runScript(fakeStorage())).toBeUndefined();
    expect(runScript(fakeStorage({ [THEME_STORAGE_KEY]: 'system' }))).toBeUndefined();
    expect(runScript(fakeStorage({ [THEME_STORAGE_KEY]: '"><script>' }))).toBeUndefined();
  });
  it('does not throw when storage is blocked', () => {
    const blocked = { getItem: () => { throw new Error('SecurityError'); } };
    expect(() => runScript(blocked)).not.toThrow();
  });
});

describe('storedTheme and applyTheme', () => {
  it('remembers a choice and forgets it for system', () => {
    const storage = fakeStorage();
    const root = fakeRoot();
    applyTheme('dark', root, storage);
    expect(root.attributes.get('data-theme')).toBe('dark');
    expect(storedTheme(storage)).toBe('dark');
    applyTheme('system', root, storage);
    expect(root.attributes.has('data-theme')).toBe(false);
    expect(storage.data.has(THEME_STORAGE_KEY)).toBe(false);
    expect(storedTheme(storage)).toBe('system');
  });
  it('reads anything unknown as system', () => {
    expect(storedTheme(fakeStorage({ [THEME_STORAGE_KEY]: 'sepia' }))).toBe('system');
  });
});
