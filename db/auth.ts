/**
 * Authentication: better-auth (sessions in PostgreSQL through its Drizzle adapter; passwords hashed with its
 * scrypt, a memory-hard function; the admin plugin for roles, disabling users and revoking sessions).
 * - No public sign-up: the first admin comes from `npm run user:create`, the rest from the admin's screens.
 * - Cookies: HttpOnly, SameSite=Lax, Secure whenever the site is served over https (BUREAU_SITE_URL).
 * - Every sign-in makes a new session (a new id); signing out deletes it on the server.
 * - Its HTTP endpoints are not mounted: the dashboard signs in and out through server actions that call
 *   auth.api, and failed sign-ins are throttled per account and per address in db/queries/sign-in.ts.
 * Built lazily: nothing here runs during `next build`.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { nextCookies } from 'better-auth/next-js';
import { admin } from 'better-auth/plugins';
import { adminAc, defaultStatements, userAc } from 'better-auth/plugins/admin/access';
import { createAccessControl } from 'better-auth/plugins/access';
import { siteUrl } from '@/lib/config';
import { getDb } from './client';
import * as s from './schema';

/** The header scripts/server.ts sets to the client's address (never taken from the client). */
export const CLIENT_IP_HEADER = 'x-bureau-client-ip';

/**
 * The key that signs session cookies: BETTER_AUTH_SECRET, or (for the quick start) one generated once and
 * kept in .data/auth-secret. In production set BETTER_AUTH_SECRET: every instance must share it.
 */
function authSecret(): string {
  if (process.env.BETTER_AUTH_SECRET) return process.env.BETTER_AUTH_SECRET;
  const file = path.resolve(/*turbopackIgnore: true*/ process.env.BUREAU_DATA_DIR === 'memory://' ? '.data' : process.env.BUREAU_DATA_DIR || '.data', 'auth-secret');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    const secret = crypto.randomBytes(32).toString('base64url');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
    return fs.readFileSync(file, 'utf8').trim();
  }
}

/**
 * better-auth's own permissions (managing accounts) belong to admins only. What each newsroom role may do with
 * stories is Bureau's, checked in db/queries.
 */
const accessControl = createAccessControl(defaultStatements);
const roles = {
  admin: adminAc,
  editor: accessControl.newRole({ ...userAc.statements }),
  reporter: accessControl.newRole({ ...userAc.statements }),
  translator: accessControl.newRole({ ...userAc.statements }),
};

/** A staff session left unused this long ends (BUREAU_SESSION_IDLE_HOURS, 12 by default: a workday and a bit). */
export const SESSION_IDLE_SECONDS = Math.round(Number(process.env.BUREAU_SESSION_IDLE_HOURS || 12) * 3600);
const SESSION_REFRESH_SECONDS = Math.min(15 * 60, Math.floor(SESSION_IDLE_SECONDS / 4));
/** However much it is used, a session ends this long after sign-in (BUREAU_SESSION_MAX_DAYS, 7 by default). */
export const SESSION_MAX_MS = Number(process.env.BUREAU_SESSION_MAX_DAYS || 7) * 86_400_000;

function createAuth() {
  return betterAuth({
    appName: 'Bureau',
    baseURL: siteUrl,
    basePath: '/api/auth',
    secret: authSecret(),
    database: drizzleAdapter(getDb(), {
      provider: 'pg',
      schema: { user: s.users, session: s.sessions, account: s.accounts, verification: s.verifications },
    }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10, maxPasswordLength: 128, autoSignIn: false },
    // Idle expiry: a session ends after SESSION_IDLE_SECONDS without use; each use after SESSION_REFRESH_SECONDS
    // pushes its end that far again (one write per quarter hour per session). The absolute limit since sign-in
    // is checked by currentStaff (db/queries/staff.ts).
    session: { expiresIn: SESSION_IDLE_SECONDS, updateAge: SESSION_REFRESH_SECONDS },
    user: { changeEmail: { enabled: false } },
    advanced: {
      cookiePrefix: 'bureau',
      useSecureCookies: siteUrl.startsWith('https://'),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
    },
    telemetry: { enabled: false },
    plugins: [admin({ ac: accessControl, roles, adminRoles: ['admin'], defaultRole: 'reporter' }), nextCookies()],
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { bureauAuth?: Auth };

export function getAuth(): Auth {
  globalForAuth.bureauAuth ??= createAuth();
  return globalForAuth.bureauAuth;
}
