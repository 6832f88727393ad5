import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { paths } from '@/lib/paths';

const magnifier = (
  <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
    <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2.2" />
    <path d="M15.5 15.5 21 21" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
  </svg>
);

function SearchForm({ locale, label, submit, id }: { locale: Locale; label: string; submit: string; id: string }) {
  return (
    <form role="search" aria-label={label} method="get" action={paths.search(locale)} className="header-search__form">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input id={id} type="search" name="q" maxLength={200} placeholder={label} autoComplete="off" enterKeyHint="search" />
      <button type="submit" className="icon-button" aria-label={submit} title={submit}>
        {magnifier}
      </button>
    </form>
  );
}

/**
 * Search in the masthead, a plain GET form to the search page (works without JavaScript). On a wide screen the
 * field is always there; on a phone an icon opens it under the masthead (a native <details>: keyboard and screen
 * readers know it, no script). CSS shows one of the two; the other is display:none, so neither a screen reader nor
 * the tab order meets both.
 */
export async function HeaderSearch({ locale }: { locale: Locale }) {
  const [tNav, tBox] = await Promise.all([getTranslations({ locale, namespace: 'Nav' }), getTranslations({ locale, namespace: 'Search.box' })]);
  const label = tNav('searchLabel');
  return (
    <>
      <div className="header-search header-search--wide">
        <SearchForm locale={locale} label={label} submit={tBox('submit')} id="header-search-wide" />
      </div>
      <details className="header-search header-search--narrow">
        <summary className="icon-button" aria-label={tNav('openSearch')} title={tNav('openSearch')}>
          {magnifier}
        </summary>
        <SearchForm locale={locale} label={label} submit={tBox('submit')} id="header-search-narrow" />
      </details>
    </>
  );
}
