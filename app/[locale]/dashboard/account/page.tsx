import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { requireStaff } from '@/db/queries/staff';
import type { Locale } from '@/i18n/locales';
import { readSignedIn } from '../newsroom-action';
import { PasswordForm } from './password-form';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Dashboard' });
  return { title: t('account.title') };
}

/** The signed-in user's own account: every role may change their password here. */
export default async function AccountPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const [t, messages, me] = await Promise.all([
    getTranslations({ locale, namespace: 'Dashboard' }),
    getMessages({ locale }),
    readSignedIn(locale, `/${locale}/dashboard/account`, () => requireStaff()),
  ]);
  // Set by changePasswordAction after a change; a new value each time, so the form starts afresh.
  const changed = typeof query.changed === 'string' && /^\d{1,15}$/.test(query.changed) ? query.changed : null;
  return (
    <main id="content" className="container dashboard narrow">
      <h1>{t('account.title')}</h1>
      <p>{t('account.signedInAs', { email: me.email })}</p>
      <h2>{t('account.passwordTitle')}</h2>
      <NextIntlClientProvider messages={{ Newsroom: messages.Newsroom, Dashboard: { account: messages.Dashboard.account } }}>
        <PasswordForm key={changed ?? 'form'} locale={locale} changed={changed !== null} />
      </NextIntlClientProvider>
    </main>
  );
}
