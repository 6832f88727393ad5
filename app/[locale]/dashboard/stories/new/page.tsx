import type { Metadata } from 'next';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { NextIntlClientProvider } from 'next-intl';
import { listCategoryChoices } from '@/db/queries/stories';
import type { Locale } from '@/i18n/locales';
import { readOrRefuse } from '../../newsroom-action';
import { NewStoryForm } from './new-story-form';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'Editor' }))('newStory') };
}

export default async function NewStoryPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, tDashboard, messages] = await Promise.all([
    getTranslations({ locale, namespace: 'Editor' }),
    getTranslations({ locale, namespace: 'Dashboard' }),
    getMessages({ locale }),
  ]);
  const read = await readOrRefuse(locale, `/${locale}/dashboard/stories/new`, () => listCategoryChoices(locale));
  if (read.refused) {
    return (
      <main id="content" className="container dashboard">
        <h1>{t('newStory')}</h1>
        <p className="form__error" role="alert">{tDashboard('forbidden')}</p>
      </main>
    );
  }
  const categories = read.data;
  return (
    <main id="content" className="container dashboard">
      <h1>{t('newStory')}</h1>
      <NextIntlClientProvider messages={{ Newsroom: messages.Newsroom, Editor: messages.Editor }}>
        <NewStoryForm locale={locale} categories={categories} />
      </NextIntlClientProvider>
    </main>
  );
}
