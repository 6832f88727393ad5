import { subjectListing } from '@/components/subject-listing';

// The page number comes from the query string: rendered per request, from cached reads.
export const dynamic = 'force-dynamic';

const listing = subjectListing('author');
export const generateMetadata = listing.generateMetadata;
export default listing.Page;
