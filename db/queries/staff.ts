/**
 * Who is calling: the data-access layer's guard. Every dashboard read and every mutation in db/queries calls
 * requireStaff() itself, so no page, action or route handler can forget the check, and the proxy is never the
 * only one. The session comes from the request's cookies (better-auth, sessions in the database); a disabled
 * user or an unknown role is nobody.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { eq } from 'drizzle-orm';
import { headers } from 'next/headers';
import { isLocale, type Locale } from '@/i18n/locales';
import { SESSION_MAX_MS, getAuth } from '../auth';
import { getDb } from '../client';
import * as s from '../schema';

export type Staff = { id: string; name: string; email: string; role: s.StaffRole; languages: Locale[] };

export class AccessDenied extends Error {
  constructor(public readonly reason: 'unauthenticated' | 'forbidden') {
    super(reason === 'unauthenticated' ? 'Sign in first.' : 'Not allowed for this role.');
    this.name = 'AccessDenied';
  }
}

export function isStaffRole(value: unknown): value is s.StaffRole {
  return typeof value === 'string' && (s.staffRoles as readonly string[]).includes(value);
}

const explicitRequest = new AsyncLocalStorage<Headers>();

/**
 * Runs `fn` as the request with these headers (its session cookie decides who is calling). For code that runs
 * outside a Next.js request: tests and CLI scripts. Inside a request the real headers are used.
 */
export function asRequest<T>(requestHeaders: Headers, fn: () => Promise<T>): Promise<T> {
  return explicitRequest.run(requestHeaders, fn);
}

export async function callerHeaders(): Promise<Headers> {
  return explicitRequest.getStore() ?? new Headers(await headers());
}

/** The signed-in newsroom user, or null. */
export async function currentStaff(): Promise<Staff | null> {
  const session = await getAuth().api.getSession({ headers: await callerHeaders() });
  if (!session) return null;
  // Past the absolute limit since sign-in (db/auth.ts): signed out, however recently it was used.
  if (Date.now() - new Date(session.session.createdAt).getTime() > SESSION_MAX_MS) return null;
  const user = session.user as typeof session.user & { role?: string | null; banned?: boolean | null };
  if (user.banned || !isStaffRole(user.role)) return null;
  const languages = await getDb()
    .select({ locale: s.userLanguages.locale })
    .from(s.userLanguages)
    .where(eq(s.userLanguages.userId, user.id));
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    languages: languages.map((l) => l.locale).filter(isLocale),
  };
}

/** The caller, if signed in with one of `roles` (any role when none is given); throws AccessDenied otherwise. */
export async function requireStaff(...roles: s.StaffRole[]): Promise<Staff> {
  const staff = await currentStaff();
  if (!staff) throw new AccessDenied('unauthenticated');
  if (roles.length > 0 && !roles.includes(staff.role)) throw new AccessDenied('forbidden');
  return staff;
}
