'use client';

import { useState, useSyncExternalStore } from 'react';

type Props = { url: string; title: string; labels: { share: string; copied: string; failed: string } };

const noSubscription = () => () => {};

/**
 * "Share…": the system share sheet where the browser has one (phones), otherwise the link is copied with a
 * visible confirmation. Hidden until JavaScript runs; the share links beside it work without it.
 */
export function ShareButton({ url, title, labels }: Props) {
  const [status, setStatus] = useState('');
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const share = async () => {
    setStatus('');
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        // The reader closed the sheet: nothing to do. Any other refusal: copy the link instead.
        if ((error as Error).name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setStatus(labels.copied);
    } catch {
      setStatus(labels.failed);
    }
  };
  return (
    <>
      <button type="button" className="share__button" onClick={share} hidden={!hydrated}>
        {labels.share}
      </button>
      <span role="status" className="share__status">
        {status}
      </span>
    </>
  );
}
