/**
 * For data-layer tests: newsroom accounts with real sessions. `as(cookie, fn)` runs fn as the request carrying
 * that session cookie, exactly as a browser's request would reach db/queries.
 */
import { getAuth } from './auth';
import { asRequest } from './queries/staff';
import { createStaffAccountAsOperator } from './queries/users';
import type { StaffRole } from './schema';
import type { Locale } from '@/i18n/locales';

const run = Math.random().toString(36).slice(2, 8);
let counter = 0;

export type TestAccount = { id: string; email: string; password: string; cookie: string };

/** A new account of `role` (unique email per call) and a signed-in session for it. */
export async function signedInAccount(role: StaffRole, languages: Locale[] = []): Promise<TestAccount> {
  const email = `${role}-${run}-${++counter}@bureau.test`;
  const password = `${role}-password-${run}`;
  const { id } = await createStaffAccountAsOperator({ email, name: `${role} ${counter}`, role, password, languages });
  const response = await getAuth().api.signInEmail({ body: { email, password }, asResponse: true });
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return { id, email, password, cookie };
}

export function as<T>(account: TestAccount | null, fn: () => Promise<T>): Promise<T> {
  return asRequest(new Headers(account ? { cookie: account.cookie } : {}), fn);
}
