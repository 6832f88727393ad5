/**
 * How long each newsroom field may be, in characters: the data layer's zod schemas refuse longer input and the
 * dashboard's inputs carry the same numbers as `maxLength`, so a form never lets an editor type what the server
 * will refuse.
 */
export const limits = {
  storyTitle: 300,
  /** The title of one of the agency's pages (about, contacts…). */
  pageTitle: 200,
  lead: 1000,
  slug: 200,
  seoTitle: 120,
  seoDescription: 300,
  /** The story body as stored JSON, in bytes. */
  bodyBytes: 512 * 1024,
  photoAlt: 300,
  photoCaption: 1000,
  photoCredit: 200,
  sectionName: 100,
  tagName: 60,
  /** Tags on one story. */
  tagsPerStory: 20,
  authorName: 120,
  /** Authors on one story. */
  authorsPerStory: 5,
  byline: 200,
  dateline: 80,
  linkHref: 2000,
  librarySearch: 100,
} as const;
