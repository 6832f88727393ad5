import { keysetListing } from '@/components/keyset-listing';

// An older page of the bureau listing: the stories before the cursor (lib/cursor.ts; malformed → 404). Rendered on first request and cached (ISR); expired by its cache tags.
const listing = keysetListing('bureau');
export const generateMetadata = listing.generateMetadata;
export default listing.Page;

export function generateStaticParams() {
  return [];
}
