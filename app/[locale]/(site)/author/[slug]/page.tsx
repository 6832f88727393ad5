import { keysetListing } from '@/components/keyset-listing';

// The first page of the author listing (no query string: an old ?page= is ignored). Rendered on first request and cached (ISR); expired by its cache tags.
const listing = keysetListing('author');
export const generateMetadata = listing.generateMetadata;
export default listing.Page;

export function generateStaticParams() {
  return [];
}
