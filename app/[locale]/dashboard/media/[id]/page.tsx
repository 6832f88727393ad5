import type { Metadata } from 'next';
import Image from 'next/image';
import { notFound } from 'next/navigation';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { NextIntlClientProvider } from 'next-intl';
import { getMediaForEditing } from '@/db/queries/media';
import type { Locale } from '@/i18n/locales';
import { parsePositiveInt } from '@/lib/paths';
import { readSignedIn } from '../../newsroom-action';
import { MediaTextForm } from './media-text-form';

type Props = { params: Promise<{ locale: Locale; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'Media' }))('editTitle') };
}

/** One photo: how it looks, and its alt text, caption and credit in each language. */
export default async function MediaItemPage({ params }: Props) {
  const { locale, id: rawId } = await params;
  setRequestLocale(locale);
  const id = parsePositiveInt(rawId);
  if (id === null) notFound();
  const [t, messages, found] = await Promise.all([
    getTranslations({ locale, namespace: 'Media' }),
    getMessages({ locale }),
    readSignedIn(locale, `/${locale}/dashboard/media/${id}`, () => getMediaForEditing(id)),
  ]);
  if (!found) notFound();
  const { item, editable } = found;
  return (
    <main id="content" className="container dashboard">
      <p>
        <a href={`/${locale}/dashboard/media`}>← {t('back')}</a>
      </p>
      <h1>{t('editTitle')}</h1>
      <div className="media-edit">
        <Image src={item.src} alt={item.texts[locale].alt} width={item.width} height={item.height} sizes="(min-width: 760px) 360px, 100vw" className="media-edit__image" />
        <p className="form__note">
          {item.originalName ?? `#${item.id}`} · {item.width}×{item.height}
        </p>
        <NextIntlClientProvider messages={{ Newsroom: messages.Newsroom, Media: { form: messages.Media.form } }}>
          <MediaTextForm id={item.id} texts={item.texts} editable={editable} />
        </NextIntlClientProvider>
      </div>
    </main>
  );
}
