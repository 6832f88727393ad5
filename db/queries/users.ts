/**
 * Newsroom accounts: the admin's staff management, everyone's own password, and the audit log.
 * Every function checks the caller itself (requireStaff): admins only, except changeOwnPassword (anyone signed
 * in). A caller without the right throws AccessDenied; everything else that can go wrong comes back as a typed
 * result whose error is a message key (Dashboard.staffForm.errors.* / Dashboard.account.errors.*).
 * Every change writes an audit_log row: who, what, to whom (the target's email), from which address.
 */
import { and, count, desc, eq, gt, ilike } from 'drizzle-orm';
import { APIError } from 'better-auth/api';
import { z } from 'zod';
import { isLocale, locales, type Locale } from '@/i18n/locales';
import { escapeLike } from '@/lib/plain-text';
import { CLIENT_IP_HEADER, getAuth } from '../auth';
import { getDb } from '../client';
import * as s from '../schema';
import { THROTTLE_WINDOW_MS } from './sign-in';
import { recordAudit, type AuditAction } from './audit';
import { requireCapability } from './roles';
import { callerHeaders, requireStaff, type Staff } from './staff';

export const newStaffSchema = z.object({
  email: z.email().max(254).transform((e) => e.toLowerCase()),
  name: z.string().trim().min(1).max(120),
  role: z.enum(s.staffRoles),
  password: z.string().min(10).max(128),
  languages: z.array(z.enum(locales)).default([]),
});
export type NewStaff = z.input<typeof newStaffSchema>;

/**
 * Creates an account with no caller check: for the operator at the command line (`npm run user:create`), who
 * already holds the server and its database. The dashboard's user screen goes through the admin check instead.
 */
export async function createStaffAccountAsOperator(input: NewStaff): Promise<{ id: string }> {
  const data = newStaffSchema.parse(input);
  const { user } = await getAuth().api.createUser({
    body: { email: data.email, password: data.password, name: data.name, role: data.role },
  });
  if (data.languages.length) {
    await getDb().insert(s.userLanguages).values(data.languages.map((locale) => ({ userId: user.id, locale })));
  }
  await recordAudit(getDb(), { actorId: null, action: 'user-create', subject: data.email, details: { role: data.role, by: 'cli' } });
  return { id: user.id };
}

export type Result<E extends string, T extends object = object> = ({ ok: true } & T) | { ok: false; error: E };

function audit(actor: Staff, action: AuditAction, subject: string, details?: Record<string, unknown>): Promise<void> {
  return recordAudit(getDb(), { actorId: actor.id, action, subject, details });
}

const userIdSchema = z.string().min(1).max(64);

async function findAccount(userId: string) {
  const [row] = await getDb()
    .select({ id: s.users.id, email: s.users.email, role: s.users.role, banned: s.users.banned })
    .from(s.users)
    .where(eq(s.users.id, userId));
  return row ?? null;
}

async function languagesOf(userId: string): Promise<Locale[]> {
  const rows = await getDb().select({ locale: s.userLanguages.locale }).from(s.userLanguages).where(eq(s.userLanguages.userId, userId));
  return locales.filter((l) => rows.some((r) => r.locale === l));
}

function isApiError(error: unknown, code: string): boolean {
  return error instanceof APIError && (error.body as { code?: string } | undefined)?.code === code;
}

// ---------------------------------------------------------------------------------------------------------------
// Creating accounts

export type CreateStaffError = 'invalidEmail' | 'invalidName' | 'invalidRole' | 'passwordLength' | 'invalidLanguages' | 'duplicateEmail';

const newStaffFieldErrors: Record<keyof z.infer<typeof newStaffSchema>, CreateStaffError> = {
  email: 'invalidEmail',
  name: 'invalidName',
  role: 'invalidRole',
  password: 'passwordLength',
  languages: 'invalidLanguages',
};

/**
 * Creates a newsroom account (admins only). Languages are kept for translators only: they are the languages a
 * translator may edit, and mean nothing for the other roles. A taken email answers `duplicateEmail` and creates
 * nothing.
 */
export async function createStaffAccount(input: NewStaff): Promise<Result<CreateStaffError, { id: string; email: string }>> {
  const me = await requireCapability('manageStaff');
  const parsed = newStaffSchema.safeParse(input);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path[0] as keyof typeof newStaffFieldErrors | undefined;
    return { ok: false, error: (field && newStaffFieldErrors[field]) || 'invalidEmail' };
  }
  const data = parsed.data;
  const languages = data.role === 'translator' ? locales.filter((l) => data.languages.includes(l)) : [];
  const [taken] = await getDb().select({ id: s.users.id }).from(s.users).where(eq(s.users.email, data.email));
  if (taken) return { ok: false, error: 'duplicateEmail' };
  let userId: string;
  try {
    // With the caller's headers better-auth checks, once more, that the caller may create users and set roles.
    const { user } = await getAuth().api.createUser({
      body: { email: data.email, password: data.password, name: data.name, role: data.role },
      headers: await callerHeaders(),
    });
    userId = user.id;
  } catch (error) {
    // Two admins creating the same email at once: the second loses here (or on the unique index).
    if (isApiError(error, 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL') || isUniqueViolation(error)) return { ok: false, error: 'duplicateEmail' };
    throw error;
  }
  if (languages.length) {
    await getDb().insert(s.userLanguages).values(languages.map((locale) => ({ userId, locale })));
  }
  await audit(me, 'user-create', data.email, { role: data.role, languages });
  return { ok: true, id: userId, email: data.email };
}

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Roles, languages, disabling

export type SetRoleError = 'invalidInput' | 'notFound' | 'cannotDemoteSelf';

/** Gives an account another role (admins only). An admin cannot take the admin role from themselves. */
export async function setStaffRole(userId: string, role: s.StaffRole): Promise<Result<SetRoleError>> {
  const me = await requireCapability('manageStaff');
  const parsed = z.object({ userId: userIdSchema, role: z.enum(s.staffRoles) }).safeParse({ userId, role });
  if (!parsed.success) return { ok: false, error: 'invalidInput' };
  const target = await findAccount(parsed.data.userId);
  if (!target) return { ok: false, error: 'notFound' };
  if (target.id === me.id && parsed.data.role !== 'admin') return { ok: false, error: 'cannotDemoteSelf' };
  if (target.role === parsed.data.role) return { ok: true };
  await getAuth().api.setRole({ body: { userId: target.id, role: parsed.data.role }, headers: await callerHeaders() });
  await audit(me, 'role-change', target.email, { from: target.role, to: parsed.data.role });
  return { ok: true };
}

export type SetLanguagesError = 'invalidInput' | 'notFound' | 'notTranslator';

/** Sets the languages a translator may edit (admins only); replaces the previous set. */
export async function setTranslatorLanguages(userId: string, languages: readonly string[]): Promise<Result<SetLanguagesError>> {
  const me = await requireCapability('manageStaff');
  const parsed = z.object({ userId: userIdSchema, languages: z.array(z.enum(locales)).max(locales.length * 2) }).safeParse({ userId, languages });
  if (!parsed.success) return { ok: false, error: 'invalidInput' };
  const target = await findAccount(parsed.data.userId);
  if (!target) return { ok: false, error: 'notFound' };
  if (target.role !== 'translator') return { ok: false, error: 'notTranslator' };
  const next = locales.filter((l) => parsed.data.languages.includes(l));
  const previous = await languagesOf(target.id);
  if (previous.join() === next.join()) return { ok: true };
  await getDb().transaction(async (tx) => {
    await tx.delete(s.userLanguages).where(eq(s.userLanguages.userId, target.id));
    if (next.length) await tx.insert(s.userLanguages).values(next.map((locale) => ({ userId: target.id, locale })));
  });
  await audit(me, 'languages-change', target.email, { from: previous, to: next });
  return { ok: true };
}

export type DisableError = 'invalidInput' | 'notFound' | 'cannotDisableSelf';

/**
 * Disables an account (admins only): it can no longer sign in, and better-auth's banUser deletes all its
 * sessions, so whoever is signed in with it is signed out at their next request. An admin cannot disable
 * themselves.
 */
export async function disableStaff(userId: string): Promise<Result<DisableError>> {
  const me = await requireCapability('manageStaff');
  const parsed = userIdSchema.safeParse(userId);
  if (!parsed.success) return { ok: false, error: 'invalidInput' };
  const target = await findAccount(parsed.data);
  if (!target) return { ok: false, error: 'notFound' };
  if (target.id === me.id) return { ok: false, error: 'cannotDisableSelf' };
  await getAuth().api.banUser({ body: { userId: target.id, banReason: 'disabled by an admin' }, headers: await callerHeaders() });
  if (!target.banned) await audit(me, 'user-disable', target.email);
  return { ok: true };
}

export type EnableError = 'invalidInput' | 'notFound';

/** Lets a disabled account sign in again (admins only). Its old sessions stay ended. */
export async function enableStaff(userId: string): Promise<Result<EnableError>> {
  const me = await requireCapability('manageStaff');
  const parsed = userIdSchema.safeParse(userId);
  if (!parsed.success) return { ok: false, error: 'invalidInput' };
  const target = await findAccount(parsed.data);
  if (!target) return { ok: false, error: 'notFound' };
  if (!target.banned) return { ok: true };
  await getAuth().api.unbanUser({ body: { userId: target.id }, headers: await callerHeaders() });
  await audit(me, 'user-enable', target.email);
  return { ok: true };
}

// ---------------------------------------------------------------------------------------------------------------
// Everyone's own password

export type ChangePasswordError = 'passwordLength' | 'samePassword' | 'wrongPassword' | 'tooManyAttempts';

/** Wrong current passwords a session may try, per account and address, within THROTTLE_WINDOW_MS. */
const PASSWORD_CHANGE_FAILURES = 5;

/**
 * Changes the caller's own password (any signed-in role). The current password must be right; every session
 * of the account ends, and the caller gets a new one (its cookie is set on the response). Wrong current
 * passwords count as failed sign-ins (db/queries/sign-in.ts), so a stolen session cannot guess its way to
 * the password either.
 */
export async function changeOwnPassword(currentPassword: string, newPassword: string): Promise<Result<ChangePasswordError>> {
  const me = await requireStaff();
  if (typeof currentPassword !== 'string' || currentPassword.length === 0 || currentPassword.length > 128) {
    return { ok: false, error: 'wrongPassword' };
  }
  if (typeof newPassword !== 'string' || newPassword.length < 10 || newPassword.length > 128) return { ok: false, error: 'passwordLength' };
  if (newPassword === currentPassword) return { ok: false, error: 'samePassword' };
  const requestHeaders = await callerHeaders();
  const ip = requestHeaders.get(CLIENT_IP_HEADER);
  const db = getDb();
  const [failures] = await db
    .select({ n: count() })
    .from(s.signInFailures)
    .where(
      and(
        eq(s.signInFailures.email, me.email),
        ip ? eq(s.signInFailures.ipAddress, ip) : undefined,
        gt(s.signInFailures.at, new Date(Date.now() - THROTTLE_WINDOW_MS)),
      ),
    );
  if ((failures?.n ?? 0) >= PASSWORD_CHANGE_FAILURES) return { ok: false, error: 'tooManyAttempts' };
  try {
    await getAuth().api.changePassword({
      body: { currentPassword, newPassword, revokeOtherSessions: true },
      headers: requestHeaders,
    });
  } catch (error) {
    if (isApiError(error, 'INVALID_PASSWORD')) {
      await db.insert(s.signInFailures).values({ email: me.email, ipAddress: ip });
      return { ok: false, error: 'wrongPassword' };
    }
    throw error;
  }
  await audit(me, 'password-change', me.email);
  return { ok: true };
}

// ---------------------------------------------------------------------------------------------------------------
// The audit log

export const AUDIT_PAGE_SIZE = 50;

export const auditQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  /** Only rows whose subject (an email) contains this. */
  subject: z.string().trim().min(1).max(254).optional(),
});
export type AuditQuery = z.input<typeof auditQuerySchema>;

export type AuditEntry = {
  id: number;
  at: string;
  actor: { name: string; email: string } | null;
  action: string;
  subject: string | null;
  details: unknown;
  ipAddress: string | null;
};

/** The audit log, newest first, 50 rows a page (admins only). */
export async function listAuditLog(query: AuditQuery = {}): Promise<{ items: AuditEntry[]; total: number; page: number; pageCount: number }> {
  await requireCapability('readAudit');
  const { page, subject } = auditQuerySchema.parse(query);
  const db = getDb();
  const where = subject ? ilike(s.auditLog.subject, `%${escapeLike(subject)}%`) : undefined;
  const [rows, totals] = await Promise.all([
    db
      .select({
        id: s.auditLog.id,
        at: s.auditLog.at,
        actorName: s.users.name,
        actorEmail: s.users.email,
        action: s.auditLog.action,
        subject: s.auditLog.subject,
        details: s.auditLog.details,
        ipAddress: s.auditLog.ipAddress,
      })
      .from(s.auditLog)
      .leftJoin(s.users, eq(s.users.id, s.auditLog.actorId))
      .where(where)
      .orderBy(desc(s.auditLog.at), desc(s.auditLog.id))
      .limit(AUDIT_PAGE_SIZE)
      .offset((page - 1) * AUDIT_PAGE_SIZE),
    db.select({ n: count() }).from(s.auditLog).where(where),
  ]);
  const total = totals[0]?.n ?? 0;
  return {
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    items: rows.map((r) => ({
      id: r.id,
      at: new Date(r.at).toISOString(),
      actor: r.actorName !== null && r.actorEmail !== null ? { name: r.actorName, email: r.actorEmail } : null,
      action: r.action,
      subject: r.subject,
      details: r.details,
      ipAddress: r.ipAddress,
    })),
  };
}

/** Languages from a stored list, in the site's order (for showing audit details). */
export function knownLocales(value: unknown): Locale[] {
  return Array.isArray(value) ? locales.filter((l) => value.some((v) => isLocale(v) && v === l)) : [];
}
