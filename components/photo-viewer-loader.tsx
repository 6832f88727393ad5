'use client';

import { lazy, Suspense, useEffect, useState, type MouseEvent, type ReactNode } from 'react';
import type { OpenRequest, ViewerPhoto } from './photo-viewer';

// The viewer's code is a separate chunk, fetched when a reader first opens a photo (or arrives at #photo-N):
// a story page does not download it otherwise.
const PhotoViewer = lazy(() => import('./photo-viewer').then((module) => ({ default: module.PhotoViewer })));

const HASH = /^#photo-\d+$/;

type Props = { photos: ViewerPhoto[]; children: ReactNode };

/**
 * Turns the exhibition grid's links (each a photo page that works without JavaScript) into openers of the
 * full-screen viewer, loading the viewer on the first click. Modified clicks (new tab) keep the link.
 */
export function PhotoViewerLoader({ photos, children }: Props) {
  const [request, setRequest] = useState<OpenRequest | null>(null);

  // Opened by the URL (a reload or shared link with #photo-3, or Back to such an entry) before any click.
  useEffect(() => {
    if (request) return;
    const check = () => {
      if (HASH.test(window.location.hash)) setRequest({ index: null, opener: null, seq: 0 });
    };
    check();
    window.addEventListener('popstate', check);
    window.addEventListener('hashchange', check);
    return () => {
      window.removeEventListener('popstate', check);
      window.removeEventListener('hashchange', check);
    };
  }, [request]);

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-photo-index]');
    if (!link) return;
    event.preventDefault();
    setRequest((previous) => ({ index: Number(link.dataset.photoIndex), opener: link, seq: (previous?.seq ?? 0) + 1 }));
  };

  return (
    <div onClick={onClick}>
      {children}
      {request ? (
        <Suspense fallback={null}>
          <PhotoViewer photos={photos} request={request} />
        </Suspense>
      ) : null}
    </div>
  );
}
