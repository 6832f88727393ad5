/**
 * The reader's colour theme: 'system' follows prefers-color-scheme (CSS in app/globals.css), 'light' and 'dark'
 * are a choice remembered in this browser (localStorage) and applied as `data-theme` on <html>. Safe for client
 * components.
 */
export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

export const THEME_STORAGE_KEY = 'bureau-theme';

/** Fired on window when this tab changes the theme (other tabs hear the 'storage' event). */
export const THEME_EVENT = 'bureau-theme';

/**
 * Inline in <head> (app/[locale]/layout.tsx), so the stored theme is on <html> before the first paint: no flash
 * of the other theme. Storage may be unavailable (blocked cookies): the page then follows the system setting.
 */
export const themeScript = `(function(){try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==='light'||t==='dark')document.documentElement.setAttribute('data-theme',t)}catch(e){}})()`;

const isTheme = (value: unknown): value is Theme => typeof value === 'string' && (themes as readonly string[]).includes(value);

export function storedTheme(storage: Pick<Storage, 'getItem'>): Theme {
  try {
    const value = storage.getItem(THEME_STORAGE_KEY);
    return isTheme(value) ? value : 'system';
  } catch {
    return 'system';
  }
}

/** Remembers the choice and applies it to the document at once. */
export function applyTheme(theme: Theme, root: Pick<HTMLElement, 'setAttribute' | 'removeAttribute'>, storage: Pick<Storage, 'setItem' | 'removeItem'>) {
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
  try {
    if (theme === 'system') storage.removeItem(THEME_STORAGE_KEY);
    else storage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Storage blocked: the choice holds for this page only.
  }
}
