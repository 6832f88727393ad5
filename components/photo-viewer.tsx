'use client';

import Image from 'next/image';
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useRef, useState, type TouchEvent, type KeyboardEvent } from 'react';
import type { Photo } from '@/db/queries/articles';

export type ViewerPhoto = Omit<Photo, 'blurDataUrl'> & { pageUrl: string };
/** A reader's click on photo `index` (0-based), from PhotoViewerLoader; index null: opened by the URL hash. */
export type OpenRequest = { index: number | null; opener: HTMLElement | null; seq: number };
type Props = { photos: ViewerPhoto[]; request: OpenRequest };

const HASH = /^#photo-(\d+)$/;
const SWIPE_DISTANCE = 50;

/**
 * Full-screen viewer over a server-rendered grid of photo links (see PhotoExhibition), loaded on first use by
 * PhotoViewerLoader, which passes each click on a grid link as `request`. State lives in the URL
 * hash (#photo-3), so the back button closes it and a reload reopens it. A modal <dialog> makes the page behind
 * inert; Tab is kept inside, Esc closes, focus returns to the photo that opened it. Arrow keys and swipes move
 * between photos; both neighbours are loaded eagerly so the next photo is already there.
 */
export function PhotoViewer({ photos, request }: Props) {
  const t = useTranslations('Photo');
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  const touchStart = useRef<{ x: number; y: number } | null>(null);
  const [index, setIndex] = useState<number | null>(null);
  const [dragX, setDragX] = useState(0);
  const [status, setStatus] = useState('');
  const total = photos.length;

  const show = useCallback(
    (next: number, mode: 'push' | 'replace') => {
      const clamped = Math.min(Math.max(next, 0), total - 1);
      setIndex(clamped);
      setStatus('');
      const url = `${window.location.pathname}${window.location.search}#photo-${clamped + 1}`;
      if (mode === 'push') window.history.pushState(window.history.state, '', url);
      else window.history.replaceState(window.history.state, '', url);
    },
    [total],
  );

  const close = useCallback(() => {
    if (HASH.test(window.location.hash)) {
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
    }
    setIndex(null);
  }, []);

  // Open from the URL on load and follow back/forward.
  useEffect(() => {
    const sync = () => {
      const match = HASH.exec(window.location.hash);
      const n = match ? Number(match[1]) : NaN;
      setIndex(Number.isInteger(n) && n >= 1 && n <= total ? n - 1 : null);
    };
    sync();
    window.addEventListener('popstate', sync);
    return () => window.removeEventListener('popstate', sync);
  }, [total]);

  // A click on a grid photo: open it (after the hash sync above, which it overrides on the first click).
  useEffect(() => {
    if (request.index === null) return;
    openerRef.current = request.opener;
    show(request.index, 'push');
  }, [request, show]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (index !== null && !dialog.open) dialog.showModal();
    if (index === null && dialog.open) {
      dialog.close();
      openerRef.current?.focus();
    }
  }, [index]);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (index === null) return;
    if (event.key === 'ArrowRight') {
      event.preventDefault();
      if (index < total - 1) show(index + 1, 'replace');
    } else if (event.key === 'ArrowLeft') {
      event.preventDefault();
      if (index > 0) show(index - 1, 'replace');
    } else if (event.key === 'Tab') {
      const focusable = dialogRef.current?.querySelectorAll<HTMLElement>('button:not([disabled]), a[href]');
      if (!focusable?.length) return;
      const first = focusable[0]!;
      const last = focusable[focusable.length - 1]!;
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    }
  };

  const onTouchStart = (event: TouchEvent) => {
    const touch = event.touches[0];
    touchStart.current = touch ? { x: touch.clientX, y: touch.clientY } : null;
  };
  const onTouchMove = (event: TouchEvent) => {
    const touch = event.touches[0];
    if (!touchStart.current || !touch) return;
    const dx = touch.clientX - touchStart.current.x;
    if (Math.abs(dx) > Math.abs(touch.clientY - touchStart.current.y)) setDragX(dx);
  };
  const onTouchEnd = () => {
    if (index !== null && touchStart.current) {
      if (dragX <= -SWIPE_DISTANCE && index < total - 1) show(index + 1, 'replace');
      else if (dragX >= SWIPE_DISTANCE && index > 0) show(index - 1, 'replace');
    }
    touchStart.current = null;
    setDragX(0);
  };

  const share = async () => {
    if (index === null) return;
    const url = new URL(photos[index]!.pageUrl, window.location.origin).toString();
    try {
      if (typeof navigator.share === 'function') {
        await navigator.share({ url, title: document.title });
        return;
      }
      await navigator.clipboard.writeText(url);
      setStatus(t('copied'));
    } catch {
      // The reader cancelled the share sheet, or the clipboard is unavailable: the link below still works.
      setStatus(url);
    }
  };

  const current = index !== null ? photos[index] : undefined;
  return (
    <dialog
      ref={dialogRef}
      className="viewer"
      aria-label={t('viewer')}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      {current && index !== null ? (
        <>
          <div className="viewer__bar">
            <p className="viewer__position" aria-live="polite" data-testid="viewer-position">
              {t('position', { position: index + 1, total })}
            </p>
            <a className="viewer__link" href={current.pageUrl} data-testid="viewer-share-url">
              #{index + 1}
            </a>
            <button type="button" onClick={share} className="viewer__button" aria-label={t('share')}>
              {t('shareShort')}
            </button>
            <button type="button" onClick={close} className="viewer__button viewer__close" aria-label={t('close')} autoFocus>
              ✕
            </button>
          </div>
          <div className="viewer__stage" onTouchStart={onTouchStart} onTouchMove={onTouchMove} onTouchEnd={onTouchEnd} onTouchCancel={onTouchEnd}>
            {[index - 1, index, index + 1].map((i) => {
              const photo = photos[i];
              if (!photo) return null;
              return (
                <Image
                  key={photo.id}
                  src={photo.src}
                  width={photo.width}
                  height={photo.height}
                  alt={photo.alt}
                  sizes="100vw"
                  loading="eager"
                  data-viewer-photo={i + 1}
                  className={i === index ? 'viewer__photo' : 'viewer__photo viewer__photo--neighbour'}
                  style={i === index && dragX ? { transform: `translateX(${dragX}px)` } : undefined}
                />
              );
            })}
          </div>
          <button type="button" className="viewer__nav viewer__nav--prev" onClick={() => show(index - 1, 'replace')} disabled={index === 0} aria-label={t('previous')}>
            ‹
          </button>
          <button type="button" className="viewer__nav viewer__nav--next" onClick={() => show(index + 1, 'replace')} disabled={index === total - 1} aria-label={t('next')}>
            ›
          </button>
          <div className="viewer__caption">
            {current.caption ? <p>{current.caption}</p> : null}
            {current.credit ? <p className="credit">{current.credit}</p> : null}
            <p className="viewer__status" role="status">
              {status}
            </p>
          </div>
        </>
      ) : null}
    </dialog>
  );
}
