import type { Metadata } from 'next';
import Image from 'next/image';
import { getFormatter, getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { NextIntlClientProvider } from 'next-intl';
import { Pagination } from '@/components/pagination';
import { listMedia } from '@/db/queries/media';
import { capabilities } from '@/db/queries/roles';
import { currentStaff } from '@/db/queries/staff';
import type { Locale } from '@/i18n/locales';
import { parsePositiveInt } from '@/lib/paths';
import { readSignedIn } from '../newsroom-action';
import { LibraryUploader } from './library-uploader';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'Media' }))('title') };
}

/**
 * The media library: upload (those who may: not translators), search, browse; each photo links to its page
 * (description, where it is used, deletion). Says so after a photo was deleted.
 */
export default async function MediaLibraryPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const q = typeof query.q === 'string' ? query.q.slice(0, 100) : '';
  const page = (typeof query.page === 'string' ? parsePositiveInt(query.page) : 1) ?? 1;
  const [t, messages, format, library, staff] = await Promise.all([
    getTranslations({ locale, namespace: 'Media' }),
    getMessages({ locale }),
    getFormatter({ locale }),
    readSignedIn(locale, `/${locale}/dashboard/media`, () => listMedia({ q, page })),
    currentStaff(),
  ]);
  const hrefFor = (n: number) => `?${new URLSearchParams({ ...(q ? { q } : {}), page: String(n) }).toString()}`;
  return (
    <main id="content" className="container dashboard">
      <h1>{t('title')}</h1>
      {query.deleted === '1' ? (
        <p role="status" className="notice">
          {t('deleted')}
        </p>
      ) : null}
      {staff && capabilities(staff).upload ? (
        <NextIntlClientProvider messages={{ Media: { upload: messages.Media.upload } }}>
          <LibraryUploader />
        </NextIntlClientProvider>
      ) : null}
      <form method="get" role="search" className="filters">
        <label>
          {t('search')}
          <input type="search" name="q" defaultValue={q} maxLength={100} />
        </label>
        <button type="submit" className="button button--quiet">
          {t('find')}
        </button>
      </form>
      <p className="form__note">{t('count', { count: library.total })}</p>
      {library.items.length === 0 ? <p>{t('empty')}</p> : null}
      <ul className="library">
        {library.items.map((item) => {
          const text = item.texts[locale];
          return (
            <li key={item.id} className="library__item">
              <Image src={item.src} alt={text.alt} width={item.width} height={item.height} sizes="(min-width: 760px) 200px, 45vw" />
              <p className="library__name">{item.originalName ?? `#${item.id}`}</p>
              <p className="form__note">
                {item.width}×{item.height} · {format.dateTime(new Date(item.createdAt), { dateStyle: 'medium' })}
              </p>
              {text.alt ? <p className="library__alt">{text.alt}</p> : <p className="library__missing">{t('noAlt')}</p>}
              <a href={`/${locale}/dashboard/media/${item.id}`} aria-label={t('describeNamed', { name: item.originalName ?? `#${item.id}` })}>
                {t('describe')}
              </a>
            </li>
          );
        })}
      </ul>
      <Pagination locale={locale} page={library.page} pageCount={library.pages} hrefFor={hrefFor} />
    </main>
  );
}
