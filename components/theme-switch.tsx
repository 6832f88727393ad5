'use client';

import { useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';
import { applyTheme, storedTheme, THEME_EVENT, themes, type Theme } from '@/lib/theme';

/** localStorage, or a stand-in when the browser blocks it (reading the property itself throws then). */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const noStorage = { getItem: () => null, setItem() {}, removeItem() {} };

const current = () => storedTheme(storage() ?? noStorage);

function subscribe(onChange: () => void) {
  // Another tab's choice arrives as a 'storage' event: apply it here too.
  const onStorage = () => {
    applyTheme(current(), document.documentElement, noStorage);
    onChange();
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener(THEME_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener(THEME_EVENT, onChange);
  };
}

const choose = (theme: Theme) => {
  applyTheme(theme, document.documentElement, storage() ?? noStorage);
  window.dispatchEvent(new Event(THEME_EVENT));
};

/** The icons: half a disc for the system's setting, a sun, a moon. */
const icons: Record<Theme, React.ReactNode> = {
  system: (
    <g>
      <circle cx="12" cy="12" r="8.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M12 3.5a8.5 8.5 0 0 0 0 17Z" fill="currentColor" />
    </g>
  ),
  light: (
    <g stroke="currentColor" strokeWidth="2" strokeLinecap="round" fill="none">
      <circle cx="12" cy="12" r="4" />
      <path d="M12 2v2M12 20v2M2 12h2M20 12h2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
    </g>
  ),
  dark: <path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5Z" fill="currentColor" />,
};

/**
 * Light / dark / system, as one icon button in the masthead: each press takes the next of the three, and its
 * name says the one in force ("Theme: dark"). The stored choice is applied before first paint by the inline
 * script in the layout; this only changes it. Without JavaScript it stays hidden (the system setting applies);
 * the server renders it hidden too (null snapshot), so hydration matches.
 */
export function ThemeSwitch() {
  const t = useTranslations('Theme');
  const theme = useSyncExternalStore(subscribe, current, () => null);
  const names: Record<Theme, string> = { system: t('system'), light: t('light'), dark: t('dark') };
  const shown = theme ?? 'system';
  const next = themes[(themes.indexOf(shown) + 1) % themes.length]!;
  const label = t('switch', { theme: names[shown] });
  return (
    <button type="button" className="icon-button theme-switch" hidden={theme === null} data-theme-choice={shown} aria-label={label} title={label} onClick={() => choose(next)}>
      <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
        {icons[shown]}
      </svg>
    </button>
  );
}
