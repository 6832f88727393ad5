import Image from 'next/image';
import { getTranslations } from 'next-intl/server';
import type { Photo } from '@/db/queries/articles';
import type { Locale } from '@/i18n/locales';
import { paths } from '@/lib/paths';
import { PhotoViewer } from './photo-viewer';

type Props = { locale: Locale; slug: string; photos: Photo[] };

/**
 * A story's photo exhibition: a grid in which every photo links to its own page, so it works without
 * JavaScript and each photo has a shareable URL; PhotoViewer enhances the same links into a full-screen viewer.
 */
export async function PhotoExhibition({ locale, slug, photos }: Props) {
  if (photos.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Story' });
  return (
    <section className="exhibition" aria-labelledby="exhibition-title">
      <h2 id="exhibition-title">
        {t('exhibition')} <span className="exhibition__count">{t('photoCount', { count: photos.length })}</span>
      </h2>
      <PhotoViewer
        photos={photos.map((p, i) => ({ ...p, pageUrl: paths.photo(locale, slug, i + 1) }))}
      >
        <ul className="exhibition__grid">
          {photos.map((photo, i) => (
            <li key={photo.id}>
              <a
                href={paths.photo(locale, slug, i + 1)}
                data-photo-index={i}
                aria-label={t('openPhoto', { position: i + 1, total: photos.length, caption: photo.caption ?? photo.alt })}
              >
                <Image
                  src={photo.src}
                  width={photo.width}
                  height={photo.height}
                  alt={photo.alt}
                  sizes="(min-width: 1100px) 250px, (min-width: 600px) 30vw, 50vw"
                  placeholder={photo.blurDataUrl ? 'blur' : 'empty'}
                  blurDataURL={photo.blurDataUrl ?? undefined}
                />
              </a>
            </li>
          ))}
        </ul>
      </PhotoViewer>
    </section>
  );
}
