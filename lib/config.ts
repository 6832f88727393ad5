/**
 * Settings read from the environment, in one place. Server-side only.
 */
import path from 'node:path';
import { z } from 'zod';

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

/**
 * Where media bytes are kept (lib/media-storage.ts). Local disk unless MEDIA_STORAGE=s3, or S3_BUCKET is set
 * and MEDIA_STORAGE is not: several instances need one shared store, which a local folder is not.
 * A bad value does not stop the portal: `problems` names each setting at fault, the start-up check prints
 * them, and photos answer 503 until the setting is fixed (pages still render).
 */
export type MediaStorageSettings =
  | { kind: 'local'; dir: string }
  | {
      kind: 's3';
      bucket: string;
      /** Unset: AWS itself, chosen by region. Set: an S3-compatible server (MinIO, Ceph, s3rver in the tests...). */
      endpoint: string | undefined;
      region: string;
      /** Both or neither; neither: the SDK's own chain (AWS_* variables, instance role). */
      credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
      forcePathStyle: boolean;
    }
  | { kind: 'invalid'; problems: string[] };

type Env = Record<string, string | undefined>;

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optionalText = z.preprocess(blankToUndefined, z.string().trim().optional());
const flag = z.preprocess(
  blankToUndefined,
  z
    .enum(['1', '0', 'true', 'false', 'yes', 'no'], { error: 'must be 1 or 0 (true or false)' })
    .transform((v) => v === '1' || v === 'true' || v === 'yes')
    .optional(),
);

const mediaEnvSchema = z
  .object({
    MEDIA_STORAGE: z.preprocess(blankToUndefined, z.enum(['local', 's3'], { error: 'must be "local" or "s3"' }).optional()),
    // Bucket names: 3-63 lower-case letters, digits, dots and hyphens (the rules every S3 implementation shares).
    S3_BUCKET: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { error: 'is not a bucket name (3-63 lower-case letters, digits, dots, hyphens)' })
        .optional(),
    ),
    S3_ENDPOINT: z.preprocess(
      blankToUndefined,
      z
        .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as http://127.0.0.1:9000' })
        .transform((u) => u.replace(/\/+$/, ''))
        .optional(),
    ),
    S3_REGION: optionalText,
    S3_ACCESS_KEY_ID: optionalText,
    S3_SECRET_ACCESS_KEY: optionalText,
    S3_FORCE_PATH_STYLE: flag,
  });

/** Reads the media storage settings from an environment (process.env in the app; a made-up one in tests). */
export function parseMediaStorageSettings(env: Env, localDir: string = mediaDir): MediaStorageSettings {
  const parsed = mediaEnvSchema.safeParse(env);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => ({ name: String(issue.path[0]), message: issue.message }));
  // Checks across settings, on the raw values, so that they are reported along with any malformed one.
  const raw = (name: string) => env[name]?.trim() || undefined;
  if (raw('MEDIA_STORAGE') === 's3' || (!raw('MEDIA_STORAGE') && raw('S3_BUCKET'))) {
    if (!raw('S3_BUCKET')) problems.push({ name: 'S3_BUCKET', message: 'is required with MEDIA_STORAGE=s3' });
    if (Boolean(raw('S3_ACCESS_KEY_ID')) !== Boolean(raw('S3_SECRET_ACCESS_KEY'))) {
      const missing = raw('S3_ACCESS_KEY_ID') ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID';
      problems.push({ name: missing, message: 'is required with the other S3 key (set both, or neither)' });
    }
  }
  if (!parsed.success || problems.length > 0) {
    return {
      kind: 'invalid',
      // Each problem names its setting and the value given, except a secret's.
      problems: problems.map(({ name, message }) => {
        const given = raw(name);
        return `${name}${given && !name.includes('SECRET') ? ` "${given}"` : ''} ${message}`;
      }),
    };
  }
  const e = parsed.data;
  if ((e.MEDIA_STORAGE ?? (e.S3_BUCKET ? 's3' : 'local')) === 'local') return { kind: 'local', dir: localDir };
  return {
    kind: 's3',
    bucket: e.S3_BUCKET!,
    endpoint: e.S3_ENDPOINT,
    region: e.S3_REGION ?? 'us-east-1',
    credentials: e.S3_ACCESS_KEY_ID ? { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY! } : undefined,
    // Self-hosted servers rarely have a DNS name per bucket: path-style (endpoint/bucket/key) unless told otherwise.
    forcePathStyle: e.S3_FORCE_PATH_STYLE ?? Boolean(e.S3_ENDPOINT),
  };
}

export const mediaStorageSettings: MediaStorageSettings = parseMediaStorageSettings(process.env);

// --- Social links (the footer) ------------------------------------------------------------------------------------

export const SOCIAL_LINKS_SETTING = 'BUREAU_SOCIAL_LINKS';

/** Networks known by their key, with the name the footer shows; any other name is shown as written. */
const socialNetworks: Record<string, string> = {
  telegram: 'Telegram',
  x: 'X',
  twitter: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  youtube: 'YouTube',
  linkedin: 'LinkedIn',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  threads: 'Threads',
  tiktok: 'TikTok',
  whatsapp: 'WhatsApp',
  vk: 'VK',
};

export type SocialLink = { name: string; href: string };
export type SocialLinks = { links: SocialLink[]; problems: string[] };

/** At most this many links: the footer is not a directory. */
export const MAX_SOCIAL_LINKS = 12;

/**
 * Parses BUREAU_SOCIAL_LINKS: comma-separated `name=https://…` pairs, in the order the footer shows them, e.g.
 * `telegram=https://t.me/bureau,x=https://x.com/bureau`. A known key (telegram, x, facebook, instagram, youtube,
 * linkedin, mastodon, bluesky, threads, tiktok, whatsapp, vk) is shown by its usual name, any other name (letters,
 * digits, spaces, dots and hyphens, up to 40) as written. Only http(s) addresses. A malformed entry is named in
 * `problems` (told at start) and left out; the others are shown.
 */
export function parseSocialLinks(value: string | undefined): SocialLinks {
  const links: SocialLink[] = [];
  const problems: string[] = [];
  if (!value?.trim()) return { links, problems };
  for (const [index, raw] of value.split(',').entries()) {
    const entry = raw.trim();
    if (!entry) continue;
    const at = entry.indexOf('=');
    const name = at > 0 ? entry.slice(0, at).trim() : '';
    const address = at > 0 ? entry.slice(at + 1).trim() : '';
    let url: URL | null = null;
    try {
      url = new URL(address);
    } catch {
      url = null;
    }
    const problem = !/^[\p{L}\p{N}][\p{L}\p{N} .-]{0,39}$/u.test(name)
      ? 'needs a name before "=" (letters, digits, spaces, dots, hyphens; up to 40)'
      : !url || !/^https?:$/.test(url.protocol) || !url.hostname.includes('.') || address.length > 500
        ? 'is not an http(s) address'
        : links.length >= MAX_SOCIAL_LINKS
          ? `is one more than ${MAX_SOCIAL_LINKS}`
          : null;
    if (problem) {
      problems.push(`${SOCIAL_LINKS_SETTING}: entry ${index + 1} (${JSON.stringify(entry.slice(0, 80))}) ${problem}; left out`);
      continue;
    }
    links.push({ name: socialNetworks[name.toLowerCase()] ?? name, href: url!.href });
  }
  return { links, problems };
}

/** The agency's profiles on social networks, linked from the footer (none when the setting is unset). */
export const socialLinks: SocialLinks = parseSocialLinks(process.env[SOCIAL_LINKS_SETTING]);
