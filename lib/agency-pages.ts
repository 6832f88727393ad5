/**
 * The agency's own pages (about, contacts, advertising, terms, privacy, corrections): the six keys, in the order
 * the footer lists them. Each is a page per language at /{locale}/{slug}, written by admins in the dashboard
 * (db/queries/pages.ts). Safe for client components: no Node.js imports.
 */
export const agencyPageSlugs = ['about', 'contacts', 'advertising', 'terms', 'privacy', 'corrections'] as const;
export type AgencyPageSlug = (typeof agencyPageSlugs)[number];

export function isAgencyPageSlug(value: unknown): value is AgencyPageSlug {
  return typeof value === 'string' && (agencyPageSlugs as readonly string[]).includes(value);
}
