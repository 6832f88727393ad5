/**
 * Draws the demo photos at seed time (nothing is downloaded): each scene is an SVG composition of gradients and
 * shapes, rasterised by sharp into a JPEG the size of a real agency photo. Deterministic for a given
 * (scene, hue, index), so re-seeding produces the same bytes.
 */
import sharp from 'sharp';
import type { Scene } from './types';

export const PHOTO_WIDTH = 1600;
export const PHOTO_HEIGHT = 1067;

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const hsl = (h: number, s: number, l: number) => `hsl(${((h % 360) + 360) % 360},${s}%,${l}%)`;

function sky(h: number, dark = false) {
  return `<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="${hsl(h + 200, 35, dark ? 8 : 62)}"/>
    <stop offset="1" stop-color="${hsl(h + 20, 45, dark ? 18 : 85)}"/></linearGradient>`;
}

function interior(h: number) {
  return `<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="${hsl(h, 12, 30)}"/><stop offset="1" stop-color="${hsl(h, 18, 14)}"/></linearGradient>`;
}

function draw(scene: Scene, hue: number, r: () => number): { defs: string; body: string } {
  const W = PHOTO_WIDTH;
  const H = PHOTO_HEIGHT;
  const parts: string[] = [];
  const rand = (a: number, b: number) => a + (b - a) * r();
  switch (scene) {
    case 'flowers': {
      parts.push(`<rect x="0" y="${H * 0.62}" width="${W}" height="${H * 0.38}" fill="${hsl(hue + 30, 15, 22)}"/>`);
      parts.push(`<rect x="${W * 0.42}" y="${H * 0.12}" width="${W * 0.16}" height="${H * 0.5}" rx="30" fill="${hsl(hue + 40, 8, 55)}"/>`);
      parts.push(`<ellipse cx="${W * 0.5}" cy="${H * 0.12}" rx="${W * 0.07}" ry="${H * 0.09}" fill="${hsl(hue + 40, 8, 62)}"/>`);
      for (let i = 0; i < 140; i++) {
        const x = rand(W * 0.15, W * 0.85);
        const y = rand(H * 0.62, H * 0.95);
        parts.push(`<line x1="${x}" y1="${y}" x2="${x + rand(-40, 40)}" y2="${y + rand(40, 120)}" stroke="${hsl(110, 40, 25)}" stroke-width="4"/>`);
        parts.push(`<circle cx="${x}" cy="${y}" r="${rand(10, 22)}" fill="${hsl(hue + rand(-8, 8), 75, rand(32, 48))}"/>`);
      }
      break;
    }
    case 'candles': {
      for (let i = 0; i < 24; i++) {
        const x = rand(W * 0.08, W * 0.92);
        const y = rand(H * 0.45, H * 0.85);
        const h = rand(60, 200);
        parts.push(`<rect x="${x - 14}" y="${y}" width="28" height="${h}" fill="${hsl(hue + 40, 30, 80)}"/>`);
        parts.push(`<ellipse cx="${x}" cy="${y - 16}" rx="10" ry="22" fill="${hsl(45, 100, 65)}" filter="url(#glow)"/>`);
      }
      break;
    }
    case 'hall':
    case 'crowd': {
      parts.push(`<rect x="${W * 0.05}" y="${H * 0.1}" width="${W * 0.9}" height="${H * 0.45}" fill="${hsl(hue, 10, 38)}"/>`);
      if (scene === 'hall') {
        parts.push(`<rect x="${W * 0.7}" y="${H * 0.35}" width="${W * 0.1}" height="${H * 0.3}" fill="${hsl(hue + 20, 30, 25)}"/>`);
      }
      const rows = scene === 'crowd' ? 3 : 4;
      for (let row = 0; row < rows; row++) {
        for (let i = 0; i < 14; i++) {
          const x = W * 0.04 + i * (W / 14) + rand(-15, 15);
          const y = H * (0.62 + row * 0.1);
          const s = 1 + row * 0.25;
          const fill = hsl(hue + rand(-30, 30), 10, 10 + row * 4);
          parts.push(`<circle cx="${x}" cy="${y - 60 * s}" r="${26 * s}" fill="${fill}"/>`);
          parts.push(`<rect x="${x - 40 * s}" y="${y - 32 * s}" width="${80 * s}" height="${140 * s}" rx="${30 * s}" fill="${fill}"/>`);
        }
      }
      break;
    }
    case 'stand':
    case 'portrait': {
      const frames = scene === 'stand' ? 6 : 1;
      for (let i = 0; i < frames; i++) {
        const w = scene === 'stand' ? W * 0.12 : W * 0.3;
        const h = w * 1.3;
        const x = scene === 'stand' ? W * 0.1 + (i % 3) * W * 0.27 + (i > 2 ? W * 0.06 : 0) : W * 0.35;
        const y = scene === 'stand' ? H * 0.12 + Math.floor(i / 3) * H * 0.4 : H * 0.14;
        parts.push(`<rect x="${x - 12}" y="${y - 12}" width="${w + 24}" height="${h + 24}" fill="${hsl(hue + 30, 35, 30)}"/>`);
        parts.push(`<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="url(#photo)"/>`);
        parts.push(`<circle cx="${x + w / 2}" cy="${y + h * 0.4}" r="${w * 0.2}" fill="${hsl(hue, 5, 30)}" opacity="0.7"/>`);
      }
      if (scene === 'portrait') {
        parts.push(`<line x1="${W * 0.4}" y1="${H * 0.7}" x2="${W * 0.33}" y2="${H}" stroke="${hsl(30, 40, 25)}" stroke-width="16"/>`);
        parts.push(`<line x1="${W * 0.6}" y1="${H * 0.7}" x2="${W * 0.67}" y2="${H}" stroke="${hsl(30, 40, 25)}" stroke-width="16"/>`);
      }
      break;
    }
    case 'city':
    case 'night': {
      for (let i = 0; i < 30; i++) {
        const w = rand(50, 140);
        const h = rand(H * 0.15, H * 0.6);
        const x = rand(-40, W);
        parts.push(`<rect x="${x}" y="${H - h}" width="${w}" height="${h}" fill="${hsl(hue + 200, 15, scene === 'night' ? rand(6, 14) : rand(30, 55))}"/>`);
        for (let k = 0; k < 8; k++) {
          parts.push(`<rect x="${x + rand(5, w - 15)}" y="${H - rand(20, h)}" width="10" height="14" fill="${hsl(48, 90, scene === 'night' ? 70 : 85)}" opacity="${scene === 'night' ? 0.9 : 0.4}"/>`);
        }
      }
      break;
    }
    case 'sea':
    case 'field':
    case 'mountains': {
      if (scene === 'mountains') {
        let d = `M0 ${H * 0.7}`;
        for (let x = 0; x <= W; x += W / 8) d += ` L${x} ${H * rand(0.25, 0.55)}`;
        d += ` L${W} ${H} L0 ${H} Z`;
        parts.push(`<path d="${d}" fill="${hsl(hue + 200, 20, 35)}"/>`);
        parts.push(`<rect x="0" y="${H * 0.78}" width="${W}" height="${H * 0.22}" fill="${hsl(100, 25, 30)}"/>`);
      } else {
        const base = scene === 'sea' ? hsl(hue + 190, 55, 35) : hsl(hue + 60, 45, 40);
        parts.push(`<rect x="0" y="${H * 0.55}" width="${W}" height="${H * 0.45}" fill="${base}"/>`);
        for (let i = 0; i < 40; i++) {
          const y = rand(H * 0.56, H);
          parts.push(`<rect x="${rand(-100, W)}" y="${y}" width="${rand(100, 400)}" height="4" fill="#fff" opacity="${rand(0.05, 0.25)}"/>`);
        }
      }
      parts.push(`<circle cx="${W * rand(0.6, 0.9)}" cy="${H * 0.2}" r="60" fill="${hsl(45, 100, 85)}" opacity="0.8"/>`);
      break;
    }
    case 'stadium': {
      parts.push(`<rect x="0" y="${H * 0.25}" width="${W}" height="${H * 0.3}" fill="${hsl(hue, 30, 30)}"/>`);
      for (let i = 0; i < 400; i++)
        parts.push(`<circle cx="${rand(0, W)}" cy="${rand(H * 0.26, H * 0.54)}" r="5" fill="${hsl(hue + rand(0, 360), 50, 55)}"/>`);
      parts.push(`<rect x="0" y="${H * 0.55}" width="${W}" height="${H * 0.45}" fill="${hsl(120, 45, 32)}"/>`);
      parts.push(`<rect x="${W * 0.1}" y="${H * 0.62}" width="${W * 0.8}" height="${H * 0.32}" fill="none" stroke="#fff" stroke-width="6" opacity="0.8"/>`);
      parts.push(`<circle cx="${W / 2}" cy="${H * 0.78}" r="90" fill="none" stroke="#fff" stroke-width="6" opacity="0.8"/>`);
      break;
    }
    case 'lab': {
      parts.push(`<rect x="0" y="${H * 0.6}" width="${W}" height="${H * 0.4}" fill="${hsl(hue + 180, 10, 75)}"/>`);
      for (let i = 0; i < 9; i++) {
        const x = W * 0.08 + i * W * 0.1;
        const h = rand(120, 300);
        parts.push(`<rect x="${x}" y="${H * 0.6 - h}" width="60" height="${h}" rx="20" fill="${hsl(hue + i * 25, 60, 60)}" opacity="0.85"/>`);
      }
      break;
    }
    case 'market': {
      for (let i = 0; i < 6; i++) {
        const x = i * (W / 6);
        parts.push(`<path d="M${x} ${H * 0.3} L${x + W / 6} ${H * 0.3} L${x + W / 6 - 20} ${H * 0.42} L${x + 20} ${H * 0.42} Z" fill="${hsl(hue + i * 50, 65, 50)}"/>`);
        parts.push(`<rect x="${x + 20}" y="${H * 0.55}" width="${W / 6 - 40}" height="${H * 0.2}" fill="${hsl(30, 40, 35)}"/>`);
        for (let k = 0; k < 12; k++)
          parts.push(`<circle cx="${x + rand(40, W / 6 - 40)}" cy="${H * rand(0.5, 0.56)}" r="16" fill="${hsl(rand(0, 60), 80, 50)}"/>`);
      }
      break;
    }
  }
  const dark = scene === 'candles' || scene === 'night';
  const indoor = scene === 'hall' || scene === 'crowd' || scene === 'stand' || scene === 'portrait' || scene === 'lab';
  const defs = `${indoor ? interior(hue) : sky(hue, dark)}
    <linearGradient id="photo" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#777"/><stop offset="1" stop-color="#222"/></linearGradient>
    <radialGradient id="vignette" cx="0.5" cy="0.5" r="0.75"><stop offset="0.6" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.55"/></radialGradient>
    <filter id="glow"><feGaussianBlur stdDeviation="6"/></filter>`;
  return { defs, body: parts.join('') };
}

/** A demo photo as JPEG bytes. */
export async function renderScene(scene: Scene, hue: number, index: number): Promise<Buffer> {
  const r = rng(hue * 7919 + index * 104729 + scene.length * 31);
  const { defs, body } = draw(scene, hue, r);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${PHOTO_WIDTH}" height="${PHOTO_HEIGHT}">
    <defs>${defs}</defs>
    <rect width="100%" height="100%" fill="url(#sky)"/>${body}
    <rect width="100%" height="100%" fill="url(#vignette)"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
}
