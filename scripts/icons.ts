/**
 * Draws the site's icons from one drawing (the masthead's "B" on the accent red, with the wordmark's rule):
 * app/favicon.ico (16, 32 and 48 px; browsers ask for /favicon.ico whatever the page says), app/icon.png and
 * app/apple-icon.png (Next.js links them from every page's head), and the web manifest's icons in public/icons
 * (192 and 512 px, and a 512 px "maskable" one whose drawing keeps inside the safe circle Android crops to).
 * The files are committed; run `npm run icons` after changing the drawing. Rendered by sharp (librsvg) with the
 * machine's DejaVu Serif Bold, the face of public/bureau-logo.png.
 */
import fs from 'node:fs';
import sharp from 'sharp';

const ACCENT = '#8f1d21';

/** The drawing on a square of `size`; `scale` < 1 leaves a margin (the maskable icon's safe zone). */
function drawing(size: number, scale = 1, rounded = true): string {
  const inner = size * scale;
  const offset = (size - inner) / 2;
  const radius = rounded ? size * 0.18 : 0;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <rect width="${size}" height="${size}" rx="${radius}" fill="${ACCENT}"/>
  <g transform="translate(${offset} ${offset}) scale(${inner / 100})">
    <text x="50" y="71" text-anchor="middle" font-family="DejaVu Serif" font-weight="bold" font-size="74" fill="#fff">B</text>
    <rect x="24" y="80" width="52" height="6" fill="#fff"/>
  </g>
</svg>`;
}

const png = (size: number, scale?: number, rounded?: boolean) => sharp(Buffer.from(drawing(size, scale, rounded))).png({ compressionLevel: 9, palette: true }).toBuffer();

/** An .ico file holding PNG images (supported by every browser in use), one directory entry per size. */
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.data)]);
}

async function main() {
  const sizes = [16, 32, 48];
  fs.writeFileSync('app/favicon.ico', ico(await Promise.all(sizes.map(async (size) => ({ size, data: await png(size) })))));
  fs.writeFileSync('app/icon.png', await png(96));
  // iOS rounds the corners itself.
  fs.writeFileSync('app/apple-icon.png', await png(180, 1, false));
  fs.mkdirSync('public/icons', { recursive: true });
  fs.writeFileSync('public/icons/icon-192.png', await png(192));
  fs.writeFileSync('public/icons/icon-512.png', await png(512));
  fs.writeFileSync('public/icons/icon-maskable-512.png', await png(512, 0.7, false));
  console.log('icons written: app/favicon.ico, app/icon.png, app/apple-icon.png, public/icons/*.png');
}

void main();
