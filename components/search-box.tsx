'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition } from 'react';
import type { Locale } from '@/i18n/locales';

type Values = { q: string; category: string; from: string; to: string };
type Props = { locale: Locale; initial: Values; categories: { slug: string; name: string }[] };

const TYPING_PAUSE_MS = 300;

/**
 * The search form. Without JavaScript it is a plain GET form; with it, results follow the typing (the URL is
 * replaced a moment after each pause, so the results page stays shareable and Back leaves the search).
 */
export function SearchBox({ locale, initial, categories }: Props) {
  const t = useTranslations('Search.box');
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const query = new URLSearchParams(Object.entries(values).filter(([, v]) => v !== '')).toString();
      startTransition(() => router.replace(`/${locale}/search${query ? `?${query}` : ''}`, { scroll: false }));
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer.current);
  }, [values, locale, router]);

  const set = (name: keyof Values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value }));

  return (
    <form role="search" method="get" action={`/${locale}/search`} className="search-box" aria-busy={pending}>
      <label className="search-box__query">
        <span>{t('label')}</span>
        <input type="search" name="q" value={values.q} onChange={set('q')} maxLength={200} autoComplete="off" enterKeyHint="search" />
      </label>
      <label>
        <span>{t('section')}</span>
        <select name="category" value={values.category} onChange={set('category')}>
          <option value="">{t('anySection')}</option>
          {categories.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('from')}</span>
        <input type="date" name="from" value={values.from} onChange={set('from')} />
      </label>
      <label>
        <span>{t('to')}</span>
        <input type="date" name="to" value={values.to} onChange={set('to')} />
      </label>
      <button type="submit" className="button">
        {t('submit')}
      </button>
    </form>
  );
}
