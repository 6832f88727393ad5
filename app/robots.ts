import type { MetadataRoute } from 'next';
import { locales } from '@/i18n/locales';
import { siteUrl } from '@/lib/config';
import { robotsRules } from '@/lib/feed-xml';

// The site's address comes from the environment at run time (BUREAU_SITE_URL), not from the build.
export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  return robotsRules(siteUrl, locales);
}
