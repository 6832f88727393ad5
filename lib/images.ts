/**
 * The one road an image takes into Bureau: the format is detected from the bytes (never the file name), only
 * JPEG, PNG, WebP and AVIF are accepted, size and pixel count are limited, and the picture is re-encoded with
 * sharp (auto-rotated by its EXIF orientation, then written without any metadata: no EXIF, no GPS).
 */
import sharp, { type Metadata } from 'sharp';

export const MAX_IMAGE_BYTES = 25 * 1024 * 1024;
export const MAX_IMAGE_PIXELS = 50_000_000;
export const MAX_STORED_EDGE = 2560;

export type ImageErrorCode = 'tooLarge' | 'unsupportedType' | 'tooManyPixels' | 'unreadable';

export class ImageRejectedError extends Error {
  constructor(public readonly code: ImageErrorCode) {
    super(`Image rejected: ${code}`);
    this.name = 'ImageRejectedError';
  }
}

export type ProcessedImage = {
  bytes: Buffer;
  mimeType: 'image/jpeg' | 'image/webp';
  extension: 'jpg' | 'webp';
  width: number;
  height: number;
  /** A ~16px-wide blurred preview (a few hundred bytes); null for pictures with transparency (see placeholderFor). */
  blurDataUrl: string | null;
};

const ACCEPTED = new Set(['jpeg', 'png', 'webp', 'heif']);

export async function processImage(input: Buffer): Promise<ProcessedImage> {
  if (input.byteLength > MAX_IMAGE_BYTES) throw new ImageRejectedError('tooLarge');
  let meta: Metadata;
  try {
    meta = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    throw new ImageRejectedError('unsupportedType');
  }
  // sharp reports AVIF as heif with the av1 compression; HEIC (hevc) is not accepted.
  if (!meta.format || !ACCEPTED.has(meta.format) || (meta.format === 'heif' && meta.compression !== 'av1')) {
    throw new ImageRejectedError('unsupportedType');
  }
  if (!meta.width || !meta.height) throw new ImageRejectedError('unreadable');
  if (meta.width * meta.height > MAX_IMAGE_PIXELS) throw new ImageRejectedError('tooManyPixels');

  try {
    const pipeline = sharp(input, { limitInputPixels: MAX_IMAGE_PIXELS })
      .rotate()
      .resize({ width: MAX_STORED_EDGE, height: MAX_STORED_EDGE, fit: 'inside', withoutEnlargement: true });
    const keepAlpha = meta.hasAlpha === true;
    const { data, info } = keepAlpha
      ? await pipeline.webp({ quality: 85 }).toBuffer({ resolveWithObject: true })
      : await pipeline.jpeg({ quality: 84, mozjpeg: true }).toBuffer({ resolveWithObject: true });
    return {
      bytes: data,
      mimeType: keepAlpha ? 'image/webp' : 'image/jpeg',
      extension: keepAlpha ? 'webp' : 'jpg',
      width: info.width,
      height: info.height,
      blurDataUrl: keepAlpha ? null : await placeholderFor(data),
    };
  } catch {
    throw new ImageRejectedError('unreadable');
  }
}

/**
 * The preview a story shows while a photo loads: the stored (opaque) picture shrunk to 16 px wide as WebP, a
 * data URL of a few hundred bytes kept in `media.blur_data_url`. Readers' pages render it as the <img>'s
 * blurred background without any JavaScript, so it stays behind the photo once loaded: only pictures without
 * transparency get one (it would show through a transparent one).
 */
export async function placeholderFor(stored: Buffer): Promise<string> {
  const blur = await sharp(stored).resize(16).webp({ quality: 40 }).toBuffer();
  return `data:image/webp;base64,${blur.toString('base64')}`;
}
