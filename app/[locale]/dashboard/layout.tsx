import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { capabilities } from '@/db/queries/roles';
import { currentStaff } from '@/db/queries/staff';
import { localeNames, locales, type Locale } from '@/i18n/locales';
import { routing } from '@/i18n/routing';
import { signOutAction } from '../login/actions';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * The newsroom's frame. Signed-out visitors go to the sign-in page; this is for convenience only: every read
 * and write below checks the session again in db/queries.
 */
export default async function DashboardLayout({ children, params }: Props) {
  const { locale: requested } = await params;
  if (!hasLocale(routing.locales, requested)) notFound();
  const locale: Locale = requested;
  setRequestLocale(locale);
  const staff = await currentStaff();
  if (!staff) redirect(`/${locale}/login?next=${encodeURIComponent(`/${locale}/dashboard`)}`);
  const may = capabilities(staff);
  const [t, tLanguage] = await Promise.all([
    getTranslations({ locale, namespace: 'Dashboard' }),
    getTranslations({ locale, namespace: 'LanguageSwitcher' }),
  ]);
  return (
    <>
      <header className="dashboard-header">
        <div className="container masthead">
          <Link href={`/${locale}/dashboard`} className="logo">
            Bureau
          </Link>
          <nav aria-label={t('title')} className="dashboard-nav">
            <Link href={`/${locale}/dashboard`}>{t('stories')}</Link>
            {may.manageSections ? <Link href={`/${locale}/dashboard/categories`}>{t('categories')}</Link> : null}
            <Link href={`/${locale}/dashboard/translations`}>{t('translations')}</Link>
            <Link href={`/${locale}/dashboard/media`}>{t('media')}</Link>
            {may.manageStaff ? <Link href={`/${locale}/dashboard/users`}>{t('users')}</Link> : null}
            {may.managePages ? <Link href={`/${locale}/dashboard/pages`}>{t('pages')}</Link> : null}
            {may.readAudit ? <Link href={`/${locale}/dashboard/audit`}>{t('audit.title')}</Link> : null}
            <Link href={`/${locale}/dashboard/account`}>{t('account.title')}</Link>
          </nav>
          <p className="dashboard-user">{t('signedInAs', { name: staff.name, role: t(`roles.${staff.role}`) })}</p>
          <form action={signOutAction.bind(null, locale)}>
            <button type="submit" className="button button--quiet">
              {t('signOut')}
            </button>
          </form>
          <nav aria-label={tLanguage('label')} className="language-switcher">
            <ul>
              {locales.map((l) => (
                <li key={l}>
                  {l === locale ? (
                    <span aria-current="true" lang={l}>{localeNames[l]}</span>
                  ) : (
                    <a href={`/${l}/dashboard`} hrefLang={l} lang={l}>
                      {localeNames[l]}
                    </a>
                  )}
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      {children}
    </>
  );
}
