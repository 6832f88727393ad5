import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ImageRejectedError, MAX_IMAGE_BYTES, processImage } from './images';

const photo = (format: 'jpeg' | 'png' | 'webp' | 'avif' | 'gif', width = 64, height = 48) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 40 } } })
    .toFormat(format)
    .toBuffer();

async function rejection(input: Buffer) {
  try {
    await processImage(input);
  } catch (error) {
    if (error instanceof ImageRejectedError) return error.code;
    throw error;
  }
  return 'accepted';
}

describe('processImage', () => {
  it.each(['jpeg', 'png', 'webp', 'avif'] as const)('accepts %s and re-encodes it', async (format) => {
    const result = await processImage(await photo(format));
    expect(result.width).toBe(64);
    expect(result.height).toBe(48);
    expect(result.mimeType).toBe('image/jpeg');
    expect((await sharp(result.bytes).metadata()).format).toBe('jpeg');
    expect(result.blurDataUrl).toMatch(/^data:image\/webp;base64,/);
  });

  it('makes no placeholder for a picture with transparency (it would show through it)', async () => {
    const png = await sharp({ create: { width: 32, height: 32, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0.5 } } }).png().toBuffer();
    const result = await processImage(png);
    expect(result.mimeType).toBe('image/webp');
    expect(result.blurDataUrl).toBeNull();
  });

  it('refuses SVG, HTML, GIF and text by content, whatever they are called', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
    expect(await rejection(svg)).toBe('unsupportedType');
    expect(await rejection(Buffer.from('<!doctype html><html><body>hi</body></html>'))).toBe('unsupportedType');
    expect(await rejection(await photo('gif'))).toBe('unsupportedType');
    expect(await rejection(Buffer.from('just text'))).toBe('unsupportedType');
  });

  it('refuses files over the size limit before decoding them', async () => {
    expect(await rejection(Buffer.alloc(MAX_IMAGE_BYTES + 1))).toBe('tooLarge');
  });

  it('strips EXIF and GPS, and applies the orientation', async () => {
    const withExif = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#888' } })
      .jpeg()
      .withExif({ IFD0: { Copyright: 'secret camera' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '40/1 24/1 0/1' } })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const before = await sharp(withExif).metadata();
    expect(before.exif).toBeDefined();
    const result = await processImage(withExif);
    const after = await sharp(result.bytes).metadata();
    expect(after.exif).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    // Orientation 6 means "rotate 90°": the stored picture is upright, so portrait.
    expect([result.width, result.height]).toEqual([20, 40]);
  });
});
