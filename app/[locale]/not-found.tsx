import { getLocale } from 'next-intl/server';
import { NotFoundContent } from '@/components/not-found-content';
import { SiteHeader } from '@/components/site-header';
import { locales } from '@/i18n/locales';
import { paths } from '@/lib/paths';

// The localized 404 for anything under a language prefix (app/[locale]/[...rest] sends unknown paths here).
export default async function NotFound() {
  const locale = await getLocale();
  return (
    <>
      <SiteHeader locale={locale} languages={Object.fromEntries(locales.map((l) => [l, paths.home(l)]))} />
      <main id="content" className="container">
        <NotFoundContent locale={locale} />
      </main>
    </>
  );
}
