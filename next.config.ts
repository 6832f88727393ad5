import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  // Tests build into their own folder so `npm test` never disturbs a running quick-start server.
  distDir: process.env.BUREAU_DIST_DIR || '.next',
  // PGlite loads its WebAssembly from its own package folder; bundling it breaks that at run time.
  // pg-boss (db/jobs.ts) and its `pg` driver are plain Node packages loaded at run time, not bundled.
  serverExternalPackages: ['@electric-sql/pglite', 'pg-boss', 'pg'],
  poweredByHeader: false,
  // Always this handler: with REDIS_URL set when the server starts, the cache of ISR pages and unstable_cache
  // reads is shared by every instance through Redis; without it, Next's own file-system cache. So one build
  // runs either way (lib/shared-cache.mjs).
  cacheHandler: path.resolve('lib/shared-cache.mjs'),
  // Instances behind one load balancer must come from the same build (same BUILD_ID, which prefixes the shared
  // cache's keys) and share this id, so a browser that loaded a page from one can fetch the assets and call the
  // server actions of another (and is told to reload after a deploy). NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must
  // match too: README.md, "Several instances".
  deploymentId: process.env.NEXT_DEPLOYMENT_ID || undefined,
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
    // WebP only. AVIF was tried (issue 6): on this 2-core machine it took 0.78 s to encode a 640 px photo that WebP
    // encodes in 0.06 s, for 3,847 bytes against 3,748 (15 % fewer at 1080 px). Every first reader of each size
    // waited for that, and the e2e suite ran twice as long.
    formats: ['image/webp'],
    // /media/… URLs are content hashes (lib/media-storage.ts): a file never changes under its URL, so neither do
    // its resized copies. Without this Next re-encodes them every 4 hours.
    minimumCacheTTL: 31_536_000,
    qualities: [70, 75],
  },
};

export default withNextIntl(nextConfig);
