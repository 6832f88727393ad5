'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/** Arrow keys follow the photo page's previous/next links (the links themselves work without JavaScript). */
export function PhotoKeys() {
  const router = useRouter();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      const which = event.key === 'ArrowLeft' ? 'prev' : event.key === 'ArrowRight' ? 'next' : null;
      const link = which ? document.querySelector<HTMLAnchorElement>(`a[data-photo-nav="${which}"]`) : null;
      if (link) {
        event.preventDefault();
        router.push(link.getAttribute('href')!);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [router]);
  return null;
}
