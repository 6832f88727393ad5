'use client';

import { useFormatter, useNow, useTranslations } from 'next-intl';
import type { SaveState } from './use-autosave';

/**
 * What the autosave is doing, in words: "Saved 14:02" (today) or "Saved 3 Dec 2026, 14:02", "Saving…",
 * "Unsaved changes", "Offline: kept in this browser, will be saved when the connection is back"… Times are on
 * the newsroom's clock (the time zone next-intl is configured with).
 */
export function useSaveStatusText() {
  const t = useTranslations('Newsroom.save');
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  return (state: SaveState, savedAt: string | null): string => {
    switch (state) {
      case 'saving':
        return t('saving');
      case 'dirty':
        return t('dirty');
      case 'offline':
        return t('offline');
      case 'signedOut':
        return t('signedOut');
      case 'conflict':
        return t('conflict');
      case 'error':
        return t('error');
      case 'saved': {
        if (!savedAt) return '';
        const at = new Date(savedAt);
        const day = (d: Date) => format.dateTime(d, { year: 'numeric', month: 'numeric', day: 'numeric' });
        const time = format.dateTime(at, { hour: '2-digit', minute: '2-digit' });
        return day(at) === day(now) ? t('savedToday', { time }) : t('savedOn', { date: format.dateTime(at, { dateStyle: 'medium' }), time });
      }
    }
  };
}
