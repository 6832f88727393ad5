/**
 * For data-layer tests: newsroom accounts with real sessions. `as(cookie, fn)` runs fn as the request carrying
 * that session cookie, exactly as a browser's request would reach db/queries.
 */
import { getAuth } from './auth';
import { AccessDenied, asRequest } from './queries/staff';
import { createStaffAccountAsOperator } from './queries/users';
import type { StaffRole } from './schema';
import type { Locale } from '@/i18n/locales';

const run = Math.random().toString(36).slice(2, 8);
let counter = 0;

export type TestAccount = { id: string; email: string; password: string; cookie: string };

/** Signs in through better-auth and returns the session cookie a browser would send back. */
export async function sessionCookieFor(email: string, password: string): Promise<string> {
  const response = await getAuth().api.signInEmail({ body: { email, password }, asResponse: true });
  if (response.status !== 200) throw new Error(`Sign-in failed for ${email}: ${response.status}`);
  return response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

/** A new account of `role` (unique email per call) and a signed-in session for it. */
export async function signedInAccount(role: StaffRole, languages: Locale[] = []): Promise<TestAccount> {
  const email = `${role}-${run}-${++counter}@bureau.test`;
  const password = `${role}-password-${run}`;
  const { id } = await createStaffAccountAsOperator({ email, name: `${role} ${counter}`, role, password, languages });
  return { id, email, password, cookie: await sessionCookieFor(email, password) };
}

export function as<T>(account: TestAccount | null, fn: () => Promise<T>): Promise<T> {
  return asRequest(new Headers(account ? { cookie: account.cookie } : {}), fn);
}

/** Whether the data layer let the call through, or why it refused. */
export async function accessOutcome(fn: () => Promise<unknown>): Promise<'allowed' | AccessDenied['reason']> {
  try {
    await fn();
    return 'allowed';
  } catch (error) {
    if (error instanceof AccessDenied) return error.reason;
    throw error;
  }
}
