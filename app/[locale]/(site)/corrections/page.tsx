import { agencyPage } from '../agency-page';

const page = agencyPage('corrections');

export const generateMetadata = page.generateMetadata;
export default page.AgencyPage;

// Rendered on first request, then served from the cache (see app/[locale]/layout.tsx).
export function generateStaticParams() {
  return [];
}
