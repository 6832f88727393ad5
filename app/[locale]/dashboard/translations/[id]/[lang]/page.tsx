import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslationWork } from '@/db/queries/translations';
import { isLocale, localeNames, type Locale } from '@/i18n/locales';
import { parsePositiveInt } from '@/lib/paths';
import { readOrRefuse } from '../../../newsroom-action';
import { TranslationForm } from './translation-form';

type Props = { params: Promise<{ locale: Locale; id: string; lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'Translations' }))('translating') };
}

/** One story's source and its translation side by side, paragraph by paragraph, with source changes marked. */
export default async function TranslatingPage({ params }: Props) {
  const { locale, id: rawId, lang } = await params;
  setRequestLocale(locale);
  const id = parsePositiveInt(rawId);
  if (id === null || !isLocale(lang)) notFound();
  const [t, tDashboard, messages] = await Promise.all([
    getTranslations({ locale, namespace: 'Translations' }),
    getTranslations({ locale, namespace: 'Dashboard' }),
    getMessages({ locale }),
  ]);
  const read = await readOrRefuse(locale, `/${locale}/dashboard/translations/${id}/${lang}`, () => getTranslationWork(id, lang));
  if (read.refused) {
    return (
      <main id="content" className="container dashboard">
        <p className="form__error" role="alert">{tDashboard('forbidden')}</p>
      </main>
    );
  }
  const work = read.data;
  if (!work) notFound();
  return (
    <main id="content" className="container dashboard translating">
      <p>
        <a href={`/${locale}/dashboard/translations?lang=${lang}`}>← {t('back')}</a>
      </p>
      <h1>
        {t('heading', { from: localeNames[work.sourceLocale], to: localeNames[lang] })}: <span lang={work.sourceLocale}>{work.source.title}</span>
      </h1>
      <NextIntlClientProvider messages={{ Newsroom: messages.Newsroom, Translations: messages.Translations, Editor: messages.Editor, Dashboard: { statuses: messages.Dashboard.statuses } }}>
        <TranslationForm work={work} locale={locale} />
      </NextIntlClientProvider>
    </main>
  );
}
