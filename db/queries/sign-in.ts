/**
 * Signing in and out. Unknown emails and wrong passwords get the same answer. Failed attempts are throttled
 * so that guessing is slow but a real editor is never locked out for long:
 * - one address may fail 5 times per account, and 20 times in all, within 15 minutes; then it waits;
 * - one account may fail 30 times within 15 minutes from everywhere; after that an address that has failed
 *   for it waits 30 seconds after its own last failure before each try. Attackers with many addresses get one
 *   try per address per 30 s; the editor at an address that has not failed (or failed 30 s ago) signs in with the
 *   right password at once. The account-wide limit only slows: before, it refused every address for 30 s after
 *   anyone's failure, so one wrong try every 30 s from elsewhere kept the real user out.
 */
import { and, count, eq, gt, max } from 'drizzle-orm';
import { APIError } from 'better-auth/api';
import { CLIENT_IP_HEADER, getAuth } from '../auth';
import { getDb } from '../client';
import * as s from '../schema';
import { recordAudit } from './audit';

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
const PER_ADDRESS_AND_ACCOUNT = 5;
const PER_ADDRESS = 20;
const PER_ACCOUNT = 30;
const ACCOUNT_COOL_DOWN_MS = 30 * 1000;

export type SignInResult = { ok: true; userId: string } | { ok: false; error: 'invalidCredentials' | 'tooManyAttempts' | 'disabled' };

async function isThrottled(email: string, ip: string | null): Promise<boolean> {
  const db = getDb();
  const since = new Date(Date.now() - THROTTLE_WINDOW_MS);
  const recent = and(gt(s.signInFailures.at, since));
  if (ip) {
    const [pair] = await db
      .select({ n: count() })
      .from(s.signInFailures)
      .where(and(recent, eq(s.signInFailures.email, email), eq(s.signInFailures.ipAddress, ip)));
    if ((pair?.n ?? 0) >= PER_ADDRESS_AND_ACCOUNT) return true;
    const [address] = await db.select({ n: count() }).from(s.signInFailures).where(and(recent, eq(s.signInFailures.ipAddress, ip)));
    if ((address?.n ?? 0) >= PER_ADDRESS) return true;
  }
  const [account] = await db.select({ n: count() }).from(s.signInFailures).where(and(recent, eq(s.signInFailures.email, email)));
  if ((account?.n ?? 0) < PER_ACCOUNT) return false;
  // Under attack: the cool-down counts from this address's own last failure for the account (without an address
  // known, from the account's last failure).
  const [last] = await db
    .select({ at: max(s.signInFailures.at) })
    .from(s.signInFailures)
    .where(and(recent, eq(s.signInFailures.email, email), ip ? eq(s.signInFailures.ipAddress, ip) : undefined));
  return !!last?.at && Date.now() - new Date(last.at).getTime() < ACCOUNT_COOL_DOWN_MS;
}

/** Signs in with email and password; on success the session cookie is set on the response (nextCookies). */
export async function signIn(input: { email: string; password: string }, requestHeaders: Headers): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const ip = requestHeaders.get(CLIENT_IP_HEADER);
  if (await isThrottled(email, ip)) return { ok: false, error: 'tooManyAttempts' };
  try {
    const result = await getAuth().api.signInEmail({ body: { email, password: input.password }, headers: requestHeaders });
    await getDb().delete(s.signInFailures).where(and(eq(s.signInFailures.email, email), ip ? eq(s.signInFailures.ipAddress, ip) : undefined));
    await recordAudit(getDb(), { actorId: result.user.id, action: 'sign-in', subject: email, ipAddress: ip });
    return { ok: true, userId: result.user.id };
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    if (error.body?.code === 'BANNED_USER') return { ok: false, error: 'disabled' };
    await getDb().insert(s.signInFailures).values({ email, ipAddress: ip });
    return { ok: false, error: 'invalidCredentials' };
  }
}

/** Ends the caller's session on the server (the row is deleted, so the cookie is worthless everywhere). */
export async function signOut(requestHeaders: Headers): Promise<void> {
  await getAuth().api.signOut({ headers: requestHeaders });
}
