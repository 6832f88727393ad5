'use client';

import { useTranslations } from 'next-intl';

type Props = { error: Error & { digest?: string }; reset: () => void };

/**
 * What a reader sees when a page cannot be rendered, typically because the database is unreachable. The server
 * keeps running; postgres.js reconnects by itself, so "try again" works as soon as the database is back.
 */
export default function ErrorPage({ reset }: Props) {
  const t = useTranslations('Error');
  return (
    <main id="content" className="container not-found" role="alert">
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <p>
        <button type="button" onClick={reset} className="button">
          {t('retry')}
        </button>
      </p>
    </main>
  );
}
