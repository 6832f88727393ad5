'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { setHomePinAction } from './actions';

/**
 * Pins the story to the front page (it becomes the lead in every language it is published in, the previous pins
 * standing beside it as top stories) or lets it go. Shown to editors and admins.
 */
export function HomePinControl({ storyId, pinnedAt: initial }: { storyId: number; pinnedAt: string | null }) {
  const t = useTranslations('FrontPage.control');
  const format = useFormatter();
  const [pinnedAt, setPinnedAt] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const apply = async (pinned: boolean) => {
    setError(null);
    setBusy(true);
    const result = await setHomePinAction({ id: storyId, pinned }).catch(() => ({ ok: false as const, error: 'network' }));
    setBusy(false);
    if (result.ok) setPinnedAt(result.pinnedAt);
    else setError(result.error);
  };

  return (
    <section className="breaking-control" aria-labelledby="home-pin-title">
      <h2 id="home-pin-title">{t('title')}</h2>
      <p role="status">{pinnedAt ? t('on', { time: format.dateTime(new Date(pinnedAt), { dateStyle: 'short', timeStyle: 'short' }) }) : t('off')}</p>
      {error ? <p className="form__error">{t(error === 'forbidden' ? 'errors.forbidden' : 'errors.other')}</p> : null}
      <p className="form__note">{t('note')}</p>
      {pinnedAt ? (
        <button type="button" className="button button--quiet" disabled={busy} onClick={() => void apply(false)}>
          {t('unpin')}
        </button>
      ) : (
        <button type="button" className="button button--quiet" disabled={busy} onClick={() => void apply(true)}>
          {t('pin')}
        </button>
      )}
    </section>
  );
}
