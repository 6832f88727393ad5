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

/**
 * Light / dark / system. The stored choice is applied before first paint by the inline script in the layout;
 * this only changes it. Without JavaScript it stays hidden (the system setting applies); the server renders it
 * hidden too (null snapshot), so hydration matches.
 */
export function ThemeSwitch() {
  const t = useTranslations('Theme');
  const theme = useSyncExternalStore(subscribe, current, () => null);
  const names: Record<Theme, string> = { system: t('system'), light: t('light'), dark: t('dark') };
  return (
    <label className="theme-switch" hidden={theme === null}>
      <span className="visually-hidden">{t('label')}</span>
      <select value={theme ?? 'system'} onChange={(event) => choose(event.target.value as Theme)}>
        {themes.map((value) => (
          <option key={value} value={value}>
            {names[value]}
          </option>
        ))}
      </select>
    </label>
  );
}
