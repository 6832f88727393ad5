'use client';

import { useEffect } from 'react';

/** Counts this reading for "most read": one small request after the story is shown, with no identifier. */
export function ViewBeacon({ id, locale }: { id: number; locale: string }) {
  useEffect(() => {
    const body = JSON.stringify({ id, locale });
    if (!navigator.sendBeacon?.('/api/views', body)) {
      void fetch('/api/views', { method: 'POST', body, keepalive: true }).catch(() => {});
    }
  }, [id, locale]);
  return null;
}
