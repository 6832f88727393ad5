'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { setBreakingAction } from './actions';

const HOURS = [1, 3, 6, 12, 24];

/** The breaking-news switch: on for a few hours, or off. Shown to editors and admins. */
export function BreakingControl({ storyId, until: initial }: { storyId: number; until: string | null }) {
  const t = useTranslations('Breaking.control');
  const format = useFormatter();
  const [until, setUntil] = useState(initial);
  const [hours, setHours] = useState(3);
  const [error, setError] = useState<string | null>(null);

  const apply = async (h: number) => {
    setError(null);
    const result = await setBreakingAction({ id: storyId, hours: h }).catch(() => ({ ok: false as const, error: 'network' }));
    if (result.ok) setUntil(result.until);
    else setError(result.error);
  };

  return (
    <section className="breaking-control" aria-labelledby="breaking-control-title">
      <h2 id="breaking-control-title">{t('title')}</h2>
      <p role="status">{until ? t('on', { time: format.dateTime(new Date(until), { dateStyle: 'short', timeStyle: 'short' }) }) : t('off')}</p>
      {error ? <p className="form__error">{t(error === 'forbidden' ? 'errors.forbidden' : 'errors.other')}</p> : null}
      <label>
        {t('duration')}{' '}
        <select value={hours} onChange={(e) => setHours(Number(e.target.value))}>
          {HOURS.map((h) => (
            <option key={h} value={h}>
              {t('hours', { count: h })}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="button" className="button button--quiet" onClick={() => void apply(hours)}>
        {t('switchOn')}
      </button>{' '}
      {until ? (
        <button type="button" className="button button--quiet" onClick={() => void apply(0)}>
          {t('switchOff')}
        </button>
      ) : null}
    </section>
  );
}
