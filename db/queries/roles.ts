/**
 * Who may do what in the newsroom: every role rule, in one module. The data-layer functions call these (and
 * requireCapability) themselves, so a page, action or route handler cannot forget a check; the dashboard reads
 * the same rules (capabilities) to show only the buttons a caller may use. db/queries/access-matrix.test.ts runs
 * every guarded function as each role.
 *
 * - admin: everything, staff, the agency's pages (about, contacts…) and the audit log included;
 * - editor: every story in every language; publishes, schedules, deletes; sections; deletes unused photos;
 * - reporter: creates stories and edits their own while they are drafts or in review; submits for review; uploads;
 * - translator: edits (and creates) variants in the languages assigned to them, never the source language, and
 *   not once an editor has scheduled them;
 *   describes photos in those languages; submits for review. Cannot publish, delete, upload or create stories.
 */
import { locales, type Locale } from '@/i18n/locales';
import type { ArticleStatus, StaffRole } from '../schema';
import { AccessDenied, requireStaff, type Staff } from './staff';

/** Newsroom-wide permissions, by role. */
export const capabilityRoles = {
  createStories: ['admin', 'editor', 'reporter'],
  /** Publish, update, unpublish, schedule; the breaking-news ticker; every story's settings. */
  publish: ['admin', 'editor'],
  deleteStories: ['admin', 'editor'],
  manageSections: ['admin', 'editor'],
  upload: ['admin', 'editor', 'reporter'],
  deleteMedia: ['admin', 'editor'],
  manageStaff: ['admin'],
  /** The agency's pages (about, contacts, terms…): db/queries/pages.ts. Readers may read them; only admins write. */
  managePages: ['admin'],
  readAudit: ['admin'],
} as const satisfies Record<string, readonly StaffRole[]>;
export type Capability = keyof typeof capabilityRoles;

export function may(staff: Staff, capability: Capability): boolean {
  return (capabilityRoles[capability] as readonly StaffRole[]).includes(staff.role);
}

/** What the caller may do, for the dashboard's navigation and buttons (the data layer checks again). */
export function capabilities(staff: Staff): Record<Capability, boolean> {
  return Object.fromEntries(Object.keys(capabilityRoles).map((c) => [c, may(staff, c as Capability)])) as Record<Capability, boolean>;
}

/** The signed-in caller, if their role has this capability; throws AccessDenied otherwise. */
export async function requireCapability(capability: Capability): Promise<Staff> {
  return requireStaff(...capabilityRoles[capability]);
}

/** The fields of a story the rules below look at. */
export type StoryAccess = { ownerId: string | null; sourceLocale: string };
/** The fields of a language variant the rules below look at (undefined: it does not exist yet). */
export type VariantAccess = { status: ArticleStatus } | undefined;

const DRAFTS: readonly ArticleStatus[] = ['draft', 'in_review'];

/** Who may open a story in the editor at all: reporters only their own. */
export function mayOpen(staff: Staff, story: StoryAccess): boolean {
  return staff.role !== 'reporter' || story.ownerId === staff.id;
}

/** Who may write one language variant of a story (a published one only as pending changes: see stories.ts). */
export function mayEdit(staff: Staff, story: StoryAccess, locale: Locale, variant: VariantAccess): boolean {
  if (!mayOpen(staff, story)) return false;
  switch (staff.role) {
    case 'admin':
    case 'editor':
      return true;
    case 'reporter':
      return story.ownerId === staff.id && (!variant || DRAFTS.includes(variant.status));
    case 'translator':
      // A scheduled variant is frozen for them: a rewrite would go live at the editor's time, unseen by an editor.
      return locale !== story.sourceLocale && staff.languages.includes(locale) && variant?.status !== 'scheduled';
  }
}

export function mayPublish(staff: Staff): boolean {
  return may(staff, 'publish');
}

/**
 * Who may change what belongs to the whole story (its photos, cover, section, tags, authors, bureau): whoever may
 * write its source-language text. Translators describe photos but do not choose them.
 */
export function mayArrange(staff: Staff, story: StoryAccess, sourceVariant: VariantAccess): boolean {
  return mayEdit(staff, story, story.sourceLocale as Locale, sourceVariant);
}

/** Marking a translation as checked against the current source: whoever may write it, and editors. */
export function mayReview(staff: Staff, story: StoryAccess, locale: Locale, variant: VariantAccess): boolean {
  return mayEdit(staff, story, locale, variant) || (mayOpen(staff, story) && mayPublish(staff));
}

/** The languages a caller works in (the translation board, photo descriptions): all, or a translator's own. */
export function workLanguages(staff: Staff): Locale[] {
  return staff.role === 'translator' ? locales.filter((l) => staff.languages.includes(l)) : [...locales];
}

/** A translator opens translations only in their languages; everyone else in any. */
export function mayTranslateInto(staff: Staff, locale: Locale): boolean {
  return workLanguages(staff).includes(locale);
}

export function assert(allowed: boolean): void {
  if (!allowed) throw new AccessDenied('forbidden');
}
