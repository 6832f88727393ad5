import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  // Tests build into their own folder so `npm test` never disturbs a running quick-start server.
  distDir: process.env.BUREAU_DIST_DIR || '.next',
  // PGlite loads its WebAssembly from its own package folder; bundling it breaks that at run time (STACK.md).
  serverExternalPackages: ['@electric-sql/pglite'],
  poweredByHeader: false,
  // The editor's saves carry up to 512 K characters of body; the server refuses anything over 2 MB first (lib/request-guard.ts).
  experimental: { serverActions: { bodySizeLimit: '2mb' } },
  images: {
    localPatterns: [{ pathname: '/media/**' }],
    deviceSizes: [360, 480, 640, 828, 1080, 1280, 1600, 1920],
    imageSizes: [96, 160, 256, 384],
    // WebP only: AVIF encodes several times slower, and the first reader of each size waits for it.
    formats: ['image/webp'],
    qualities: [70, 75],
  },
};

export default withNextIntl(nextConfig);
