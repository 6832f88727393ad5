import type { Metadata } from 'next';
import Image from 'next/image';
import { notFound } from 'next/navigation';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { NextIntlClientProvider } from 'next-intl';
import { getMediaForEditing, listMediaUsage } from '@/db/queries/media';
import { capabilities } from '@/db/queries/roles';
import { currentStaff } from '@/db/queries/staff';
import type { Locale } from '@/i18n/locales';
import { parsePositiveInt } from '@/lib/paths';
import { readSignedIn } from '../../newsroom-action';
import { DeletePhoto } from './delete-photo';
import { MediaTextForm } from './media-text-form';
import { UsedIn } from './used-in';

type Props = { params: Promise<{ locale: Locale; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'Media' }))('editTitle') };
}

/**
 * One photo: how it looks, its alt text, caption and credit in each language, the stories that use it, and (for
 * admins and editors, while no story uses it) "Delete photo".
 */
export default async function MediaItemPage({ params }: Props) {
  const { locale, id: rawId } = await params;
  setRequestLocale(locale);
  const id = parsePositiveInt(rawId);
  if (id === null) notFound();
  const back = `/${locale}/dashboard/media/${id}`;
  const [t, messages, found, usage, staff] = await Promise.all([
    getTranslations({ locale, namespace: 'Media' }),
    getMessages({ locale }),
    readSignedIn(locale, back, () => getMediaForEditing(id)),
    readSignedIn(locale, back, () => listMediaUsage(id, locale)),
    currentStaff(),
  ]);
  if (!found) notFound();
  const { item, editable } = found;
  const mayDelete = staff ? capabilities(staff).deleteMedia : false;
  const name = item.originalName ?? `#${item.id}`;
  return (
    <main id="content" className="container dashboard">
      <p>
        <a href={`/${locale}/dashboard/media`}>← {t('back')}</a>
      </p>
      <h1>{t('editTitle')}</h1>
      <div className="media-edit">
        <Image src={item.src} alt={item.texts[locale].alt} width={item.width} height={item.height} sizes="(min-width: 760px) 360px, 100vw" className="media-edit__image" />
        <p className="form__note">
          {name} · {item.width}×{item.height}
        </p>
        <NextIntlClientProvider messages={{ Newsroom: messages.Newsroom, Media: { form: messages.Media.form, delete: messages.Media.delete } }}>
          <MediaTextForm id={item.id} texts={item.texts} editable={editable} />
          {usage.length > 0 ? <UsedIn usage={usage} locale={locale} explain={mayDelete} /> : mayDelete ? <DeletePhoto id={item.id} name={name} locale={locale} /> : null}
        </NextIntlClientProvider>
      </div>
    </main>
  );
}
