import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { NextIntlClientProvider } from 'next-intl';
import { currentStaff } from '@/db/queries/staff';
import type { Locale } from '@/i18n/locales';
import { paths } from '@/lib/paths';
import { LoginForm } from './login-form';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Login' });
  return { title: t('title'), robots: { index: false } };
}

export default async function LoginPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  if (await currentStaff()) redirect(`/${locale}/dashboard`);
  const [t, messages] = await Promise.all([getTranslations({ locale, namespace: 'Login' }), getMessages({ locale })]);
  return (
    <main id="content" className="container narrow">
      <p>
        <Link href={paths.home(locale)} className="logo">
          Bureau
        </Link>
      </p>
      <h1>{t('title')}</h1>
      <NextIntlClientProvider messages={{ Login: messages.Login }}>
        <LoginForm locale={locale} next={typeof query.next === 'string' ? query.next : ''} />
      </NextIntlClientProvider>
    </main>
  );
}
