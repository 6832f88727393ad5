/**
 * Settings read from the environment, in one place. Server-side only.
 */
import path from 'node:path';

/** The newsroom's time zone: every date and time a reader sees is shown in it. */
export const newsroomTimeZone = process.env.BUREAU_TIME_ZONE || 'Asia/Baku';

/** Absolute base URL used in canonical links, hreflang alternates and OpenGraph tags. */
export const siteUrl = (process.env.BUREAU_SITE_URL || 'http://localhost:3000').replace(/\/+$/, '');

/** Root of local state: the embedded database and the media folder, when nothing else is configured. */
const dataRoot = path.resolve(/*turbopackIgnore: true*/ process.env.BUREAU_DATA_DIR || '.data');

/**
 * The embedded database's folder (used only when DATABASE_URL is unset). `memory://` keeps it in memory,
 * which the tests use.
 */
export const pgliteDir =
  process.env.BUREAU_DATA_DIR === 'memory://' ? 'memory://' : path.join(dataRoot, 'pglite');

/** Local media storage folder. */
export const mediaDir = path.resolve(
  /*turbopackIgnore: true*/
  process.env.BUREAU_MEDIA_DIR ||
    (process.env.BUREAU_DATA_DIR === 'memory://' ? path.join('.data', 'media') : path.join(dataRoot, 'media')),
);
