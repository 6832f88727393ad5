import { getTranslations } from 'next-intl/server';
import type { Photo } from '@/db/queries/articles';
import type { Locale } from '@/i18n/locales';
import { paths } from '@/lib/paths';
import { PhotoViewerLoader } from './photo-viewer-loader';
import { ResponsiveImage } from './responsive-image';

type Props = { locale: Locale; slug: string; photos: Photo[] };

/** .exhibition__grid in the story column (760px at most, 1rem page padding): 2 columns, 3 from 600px, gap 0.5rem. */
const THUMB_SIZES = '(min-width: 792px) 248px, (min-width: 600px) calc(33.3vw - 1rem), calc(50vw - 1.25rem)';

/**
 * A story's photo exhibition: a grid in which every photo links to its own page, so it works without
 * JavaScript and each photo has a shareable URL; PhotoViewerLoader enhances the same links into a full-screen viewer
 * whose code is fetched when a reader first opens a photo.
 */
export async function PhotoExhibition({ locale, slug, photos }: Props) {
  if (photos.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Story' });
  return (
    <section className="exhibition" aria-labelledby="exhibition-title">
      <h2 id="exhibition-title">
        {t('exhibition')} <span className="exhibition__count">{t('photoCount', { count: photos.length })}</span>
      </h2>
      <PhotoViewerLoader
        // Only what the viewer draws (no placeholders: its photos load eagerly).
        photos={photos.map(({ blurDataUrl: _, ...p }, i) => ({ ...p, pageUrl: paths.photo(locale, slug, i + 1) }))}
      >
        <ul className="exhibition__grid">
          {photos.map((photo, i) => (
            <li key={photo.id}>
              <a
                href={paths.photo(locale, slug, i + 1)}
                data-photo-index={i}
                aria-label={t('openPhoto', { position: i + 1, total: photos.length, caption: photo.caption ?? photo.alt })}
              >
                <ResponsiveImage image={photo} sizes={THUMB_SIZES} />
              </a>
            </li>
          ))}
        </ul>
      </PhotoViewerLoader>
    </section>
  );
}
