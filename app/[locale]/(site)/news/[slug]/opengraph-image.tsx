/**
 * A story's share card, per story and language: the cover photo, section, headline and the portal's mark, drawn
 * by next/og (satori). Its default font has no Cyrillic, and by default it fetches missing glyphs from Google
 * Fonts at run time, which a newsroom's server may not reach: Noto Sans ships with the app instead
 * (@fontsource/noto-sans, SIL Open Font License), its Latin, Latin Extended (ə ğ ş ı ö ü ç) and Cyrillic files.
 * Next.js names it in the story page's og:image and twitter:image; its URL carries a version of what the card
 * shows (generateImageMetadata), so platforms that keep images by URL fetch a new card after a correction.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import sharp from 'sharp';
import { getStoryBySlug, type StoryPage } from '@/db/queries/articles';
import { isLocale } from '@/i18n/locales';
import { mediaStorage } from '@/lib/media-storage';

export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';

type Params = { locale: string; slug: string };

async function findStory({ locale, slug }: Params): Promise<StoryPage | null> {
  if (!isLocale(locale)) return null;
  const lookup = await getStoryBySlug(locale, slug);
  return lookup.kind === 'story' ? lookup.story : null;
}

const cardVersion = (story: StoryPage) =>
  createHash('sha256')
    .update([story.title, story.category.name, story.cover?.src ?? ''].join('\n'))
    .digest('hex')
    .slice(0, 12);

/**
 * One card per story variant; its id (the URL's last segment) is the card's version. An old version's URL
 * answers 404, like any id not listed here.
 */
export async function generateImageMetadata({ params }: { params: Params | Promise<Params> }) {
  const story = await findStory(await params);
  return story ? [{ id: cardVersion(story), alt: story.title, size, contentType }] : [];
}

const subsets = ['latin', 'latin-ext', 'cyrillic'] as const;
const fontsDir = path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', '@fontsource', 'noto-sans', 'files');

/**
 * satori picks a glyph from the first listed font that has it, but keeps one font per name, weight and style:
 * each subset file gets a name of its own.
 */
let fonts: Promise<{ name: string; data: Buffer; weight: 700; style: 'normal' }[]> | null = null;
const loadFonts = () =>
  (fonts ??= Promise.all(
    subsets.map(async (subset) => ({
      name: `Noto Sans ${subset}`,
      data: await fs.readFile(path.join(fontsDir, `noto-sans-${subset}-700-normal.woff`)),
      weight: 700 as const,
      style: 'normal' as const,
    })),
  ).catch((error: unknown) => {
    fonts = null;
    throw error;
  }));
const fontFamily = subsets.map((s) => `'Noto Sans ${s}'`).join(', ');

/** The cover cropped to the card as a JPEG data URL (satori embeds it; stored media may be WebP, which it cannot read). */
async function coverDataUrl(src: string | undefined): Promise<string | null> {
  if (!src?.startsWith('/media/')) return null;
  const bytes = await mediaStorage.get(src.slice('/media/'.length));
  if (!bytes) return null;
  const jpeg = await sharp(bytes).resize(size.width, size.height, { fit: 'cover' }).jpeg({ quality: 78 }).toBuffer();
  return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
}

/** Long headlines get a smaller size; more than four lines are cut with an ellipsis. */
const headlineSize = (title: string) => (title.length <= 60 ? 64 : title.length <= 110 ? 54 : 46);

export default async function Image({ params }: { params: Promise<Params> }) {
  const story = await findStory(await params);
  if (!story) return new Response('Not found', { status: 404 });
  const [fontData, cover] = await Promise.all([loadFonts(), coverDataUrl(story.cover?.src)]);
  return new ImageResponse(
    (
      <div style={{ display: 'flex', width: '100%', height: '100%', position: 'relative', background: '#8f1d21', fontFamily }}>
        {cover ? (
          // satori draws a plain <img> (next/image is for browsers)
          <img src={cover} width={size.width} height={size.height} alt="" style={{ position: 'absolute', top: 0, left: 0 }} />
        ) : null}
        <div
          style={{
            position: 'absolute',
            top: 0,
            left: 0,
            width: size.width,
            height: size.height,
            display: 'flex',
            flexDirection: 'column',
            justifyContent: 'space-between',
            padding: '48px 56px',
            color: '#fff',
            // Darkens the photo under the text (satori refuses 'none': no cover, no property).
            ...(cover ? { backgroundImage: 'linear-gradient(to top, rgba(0,0,0,0.88) 0%, rgba(0,0,0,0.55) 55%, rgba(0,0,0,0.15) 100%)' } : {}),
          }}
        >
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
            <div style={{ display: 'flex', background: cover ? '#8f1d21' : '#5e1215', padding: '8px 18px', fontSize: 28, textTransform: 'uppercase', letterSpacing: 1 }}>
              {story.category.name}
            </div>
            <div style={{ display: 'flex', fontSize: 44, letterSpacing: -1, borderBottom: '6px solid #fff', paddingBottom: 2 }}>Bureau</div>
          </div>
          <div style={{ display: 'block', fontSize: headlineSize(story.title), lineHeight: 1.15, lineClamp: 4 }}>{story.title}</div>
        </div>
      </div>
    ),
    {
      ...size,
      fonts: fontData,
      // A version's card never changes (a new version has a new URL); a withdrawn story's card should not linger.
      headers: { 'Cache-Control': 'public, max-age=86400, stale-while-revalidate=604800' },
    },
  );
}
