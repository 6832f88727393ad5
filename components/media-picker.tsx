'use client';

import Image from 'next/image';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { LibraryItem, LibraryPage } from '@/db/queries/media';
import type { Locale } from '@/i18n/locales';

export type LibrarySearch = (input: { q: string; page: number }) => Promise<({ ok: true } & LibraryPage) | { ok: false; error: string }>;

type Props = {
  open: boolean;
  multiple: boolean;
  search: LibrarySearch;
  onChoose: (items: LibraryItem[]) => void;
  onClose: () => void;
  /** Photos already chosen elsewhere (e.g. in the exhibition), marked as such. */
  exclude?: number[];
};

/**
 * Choosing photos from the library in a modal dialog (the browser's own <dialog>: focus stays inside, Esc
 * closes, focus returns to the button that opened it). Search covers names, alt texts, captions and credits.
 */
export function MediaPicker({ open, multiple, search, onChoose, onClose, exclude = [] }: Props) {
  const t = useTranslations('Media.picker');
  const locale = useLocale() as Locale;
  const dialog = useRef<HTMLDialogElement>(null);
  // The story editor holds more than one picker (the body's and the exhibition's): each names its own dialog.
  const titleId = useId();
  const [q, setQ] = useState('');
  const [result, setResult] = useState<{ items: LibraryItem[]; page: number; pages: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<LibraryItem[]>([]);
  const [loading, setLoading] = useState(false);

  const load = async (query: string, page: number) => {
    setLoading(true);
    setError(null);
    try {
      const found = await search({ q: query, page });
      if (!found.ok) setError(found.error);
      else setResult((prev) => ({ items: page > 1 && prev ? [...prev.items, ...found.items] : found.items, page: found.page, pages: found.pages }));
    } catch {
      setError('network');
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      setChosen([]);
      void load(q, 1);
    } else if (!open && element.open) element.close();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const submitSearch = (e: FormEvent) => {
    e.preventDefault();
    void load(q, 1);
  };

  const toggle = (item: LibraryItem) => {
    if (!multiple) {
      onChoose([item]);
      return;
    }
    setChosen((list) => (list.some((c) => c.id === item.id) ? list.filter((c) => c.id !== item.id) : [...list, item]));
  };

  return (
    <dialog ref={dialog} className="picker" aria-labelledby={titleId} onClose={onClose} onCancel={onClose}>
      <h2 id={titleId}>{t('title')}</h2>
      <form role="search" onSubmit={submitSearch} className="picker__search">
        <label>
          {t('search')} <input type="search" value={q} onChange={(e) => setQ(e.target.value)} maxLength={100} />
        </label>{' '}
        <button type="submit" className="button button--quiet">
          {t('find')}
        </button>
      </form>
      {error ? <p className="form__error">{t(error === 'network' ? 'errors.network' : 'errors.other')}</p> : null}
      <p role="status" className="form__note">
        {loading ? t('loading') : result && result.items.length === 0 ? t('empty') : ''}
      </p>
      <ul className="picker__grid">
        {result?.items.map((item) => {
          const selected = chosen.some((c) => c.id === item.id);
          const already = exclude.includes(item.id);
          const alt = item.texts[locale].alt || item.originalName || `#${item.id}`;
          return (
            <li key={item.id}>
              <button type="button" className="picker__item" aria-pressed={multiple ? selected : undefined} disabled={already} onClick={() => toggle(item)}>
                <Image src={item.src} alt="" width={item.width} height={item.height} sizes="160px" />
                <span>{alt}</span>
                {already ? <small>{t('already')}</small> : null}
              </button>
            </li>
          );
        })}
      </ul>
      {result && result.page < result.pages ? (
        <button type="button" className="button button--quiet" onClick={() => void load(q, result.page + 1)} disabled={loading}>
          {t('more')}
        </button>
      ) : null}
      <div className="picker__actions">
        {multiple ? (
          <button type="button" className="button" disabled={chosen.length === 0} onClick={() => onChoose(chosen)}>
            {t('add', { count: chosen.length })}
          </button>
        ) : null}{' '}
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('cancel')}
        </button>
      </div>
    </dialog>
  );
}
