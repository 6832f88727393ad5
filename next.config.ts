import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  // Tests build into their own folder so `npm test` never disturbs a running quick-start server.
  distDir: process.env.BUREAU_DIST_DIR || '.next',
  // PGlite loads its WebAssembly from its own package folder; bundling it breaks that at run time (STACK.md).
  serverExternalPackages: ['@electric-sql/pglite'],
  poweredByHeader: false,
  // scripts/server.ts compresses and sets ETags itself (lib/http-compression.ts): Next.js would redo both for
  // every request of an unchanged cached page, which was most of a story page's cost.
  compress: false,
  generateEtags: false,
  // The editor's saves carry up to 512 K characters of body; the server refuses anything over 2 MB first (lib/request-guard.ts).
  experimental: { serverActions: { bodySizeLimit: '2mb' } },
  images: {
    localPatterns: [{ pathname: '/media/**' }],
    deviceSizes: [360, 480, 640, 828, 1080, 1280, 1600, 1920],
    imageSizes: [96, 160, 256, 384],
    // AVIF where the browser accepts it (about a fifth smaller than WebP at the same look), else WebP; chosen per
    // request by the Accept header. AVIF encodes several times slower, but only the first reader of each size and
    // format waits: the result is kept in the dist dir's cache/images for minimumCacheTTL.
    formats: ['image/avif', 'image/webp'],
    // /media/… URLs are content hashes (lib/media-storage.ts): a file never changes under its URL, so neither do
    // its resized copies. Without this Next re-encodes them every 4 hours.
    minimumCacheTTL: 31_536_000,
    qualities: [70, 75],
  },
};

export default withNextIntl(nextConfig);
