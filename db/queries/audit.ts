/**
 * The audit log's vocabulary and its one writer. Every change the newsroom makes writes one row through
 * recordAudit, inside the same transaction as the change itself, so there is never a change without its row
 * (nor a row for a change that was rolled back). The audit screen translates every action in `auditActions`
 * (Dashboard.audit.actions.*; lib/i18n-check.test.ts-style coverage in audit.test.ts).
 */
import { CLIENT_IP_HEADER } from '../auth';
import type { Db } from '../client';
import * as s from '../schema';
import { callerHeaders } from './staff';

export const auditActions = [
  'sign-in',
  'user-create',
  'role-change',
  'languages-change',
  'user-disable',
  'user-enable',
  'password-change',
  'story-create',
  'story-delete',
  'story-settings',
  'publish',
  'update',
  'discard',
  'unpublish',
  'schedule',
  'unschedule',
  'breaking',
  'home-pin',
  'category-create',
  'category-update',
  'category-delete',
  'media-delete',
  'page-update',
  'page-restore',
] as const;
export type AuditAction = (typeof auditActions)[number];

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === 'string' && (auditActions as readonly string[]).includes(value);
}

export type AuditEntryInput = {
  /** The account that did it; null for the server itself (scheduled publishing) or the command line. */
  actorId: string | null;
  action: AuditAction;
  subject: string;
  details?: Record<string, unknown> | null;
  /** The client's address, when the caller has it at hand (sign-in); else the calling request's. */
  ipAddress?: string | null;
};

/** The calling request's client address, or null outside a request (the command line, the scheduler). */
async function callerAddress(): Promise<string | null> {
  try {
    return (await callerHeaders()).get(CLIENT_IP_HEADER);
  } catch {
    return null;
  }
}

/** Writes audit rows; pass the transaction the change runs in. */
export async function recordAudit(db: Pick<Db, 'insert'>, ...entries: AuditEntryInput[]): Promise<void> {
  if (entries.length === 0) return;
  const address = entries.every((e) => e.ipAddress !== undefined) ? null : await callerAddress();
  await db
    .insert(s.auditLog)
    .values(entries.map((e) => ({ actorId: e.actorId, action: e.action, subject: e.subject, details: e.details ?? null, ipAddress: e.ipAddress === undefined ? address : e.ipAddress })));
}

/** The subject of a story's row: `article:<id>` or, for one language, `article:<id>:<locale>`. */
export const storySubject = (id: number, locale?: string) => (locale ? `article:${id}:${locale}` : `article:${id}`);

/** The subject of an agency page's row (about, contacts…) in one language: `page:<slug>:<locale>`. */
export const pageSubject = (slug: string, locale: string) => `page:${slug}:${locale}`;
