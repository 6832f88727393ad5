/**
 * Staff management, own passwords and the audit log (db/queries/users.ts), with real sessions (better-auth,
 * sessions in the database) carried by a cookie, as a browser would send it. Every account here has an email
 * unique to this run: on PostgreSQL the test files share one database.
 */
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getAuth } from '../auth';
import { getDb } from '../client';
import * as s from '../schema';
import { accessOutcome, sessionCookieFor } from '../test-sessions';
import { listStaff } from './dashboard';
import { signIn } from './sign-in';
import { AccessDenied, asRequest, currentStaff } from './staff';
import {
  AUDIT_PAGE_SIZE,
  changeOwnPassword,
  createStaffAccount,
  createStaffAccountAsOperator,
  disableStaff,
  enableStaff,
  listAuditLog,
  setStaffRole,
  setTranslatorLanguages,
} from './users';

const roles = ['admin', 'editor', 'reporter', 'translator'] as const;
type Caller = 'anonymous' | (typeof roles)[number];
const run = Math.random().toString(36).slice(2, 8);
let serial = 0;
const uniqueEmail = (what: string) => `${what}-${run}-${++serial}@users.test`;
const passwordOf = (email: string) => `pw-${email}`.slice(0, 60);
const ADMIN_IP = '192.0.2.10';

const cookies: Partial<Record<Caller, string>> = {};
const ids: Partial<Record<Caller, string>> = {};
const emails: Partial<Record<Caller, string>> = {};

const sessionCookie = sessionCookieFor;

function headersFor(cookie: string | undefined, ip?: string): Headers {
  const h = new Headers();
  if (cookie) h.set('cookie', cookie);
  if (ip) h.set('x-bureau-client-ip', ip);
  return h;
}

const as = <T>(caller: Caller, fn: () => Promise<T>) => asRequest(headersFor(cookies[caller as Exclude<Caller, 'anonymous'>], ADMIN_IP), fn);
const withCookie = <T>(cookie: string, fn: () => Promise<T>, ip?: string) => asRequest(headersFor(cookie, ip), fn);

const outcome = (caller: Caller, fn: () => Promise<unknown>) => accessOutcome(() => as(caller, fn));

/** An account made the way the operator makes them, not through the code under test. */
async function makeAccount(role: (typeof roles)[number], languages: ('ru' | 'az' | 'en')[] = []) {
  const email = uniqueEmail(role);
  const { id } = await createStaffAccountAsOperator({ email, name: `${role} ${run}`, role, password: passwordOf(email), languages });
  return { id, email, password: passwordOf(email) };
}

async function account(id: string) {
  const [user] = await getDb().select().from(s.users).where(eq(s.users.id, id));
  const languages = await getDb().select({ locale: s.userLanguages.locale }).from(s.userLanguages).where(eq(s.userLanguages.userId, id));
  return { ...user!, languages: languages.map((l) => l.locale).sort() };
}

async function auditRows(subject: string) {
  return getDb().select().from(s.auditLog).where(eq(s.auditLog.subject, subject)).orderBy(s.auditLog.id);
}

async function canSignIn(email: string, password: string): Promise<boolean> {
  try {
    await getAuth().api.signInEmail({ body: { email, password } });
    return true;
  } catch {
    return false;
  }
}

beforeAll(async () => {
  for (const role of roles) {
    const a = await makeAccount(role, role === 'translator' ? ['az'] : []);
    ids[role] = a.id;
    emails[role] = a.email;
    cookies[role] = await sessionCookie(a.email, a.password);
  }
});

describe('only admins manage staff', () => {
  const refused: Record<Exclude<Caller, 'admin'>, AccessDenied['reason']> = {
    anonymous: 'unauthenticated',
    editor: 'forbidden',
    reporter: 'forbidden',
    translator: 'forbidden',
  };

  for (const caller of ['anonymous', ...roles] as const) {
    const expected = caller === 'admin' ? 'allowed' : refused[caller];

    it(`createStaffAccount as ${caller}: ${expected}`, async () => {
      const email = uniqueEmail('created');
      const input = { email, name: 'Created', role: 'reporter' as const, password: 'created-password-1' };
      expect(await outcome(caller, () => createStaffAccount(input))).toBe(expected);
      const rows = await getDb().select().from(s.users).where(eq(s.users.email, email));
      expect(rows).toHaveLength(caller === 'admin' ? 1 : 0);
    });

    it(`setStaffRole as ${caller}: ${expected}`, async () => {
      const target = await makeAccount('reporter');
      expect(await outcome(caller, () => setStaffRole(target.id, 'editor'))).toBe(expected);
      expect((await account(target.id)).role).toBe(caller === 'admin' ? 'editor' : 'reporter');
    });

    it(`setTranslatorLanguages as ${caller}: ${expected}`, async () => {
      const target = await makeAccount('translator', ['az']);
      expect(await outcome(caller, () => setTranslatorLanguages(target.id, ['az', 'en']))).toBe(expected);
      expect((await account(target.id)).languages).toEqual(caller === 'admin' ? ['az', 'en'] : ['az']);
    });

    it(`disableStaff and enableStaff as ${caller}: ${expected}`, async () => {
      const target = await makeAccount('reporter');
      expect(await outcome(caller, () => disableStaff(target.id))).toBe(expected);
      expect((await account(target.id)).banned === true).toBe(caller === 'admin');
      // Disabled by an admin, whatever the caller: only an admin may enable it again.
      await as('admin', () => disableStaff(target.id));
      expect(await outcome(caller, () => enableStaff(target.id))).toBe(expected);
      expect((await account(target.id)).banned === true).toBe(caller !== 'admin');
    });

    it(`listAuditLog as ${caller}: ${expected}`, async () => {
      expect(await outcome(caller, () => listAuditLog({ page: 1 }))).toBe(expected);
    });

    const ownPassword = caller === 'anonymous' ? 'unauthenticated' : 'allowed';
    it(`changeOwnPassword as ${caller}: ${ownPassword}`, async () => {
      // The same password twice is refused before anything is checked or changed.
      expect(await outcome(caller, () => changeOwnPassword('same-password-1', 'same-password-1'))).toBe(ownPassword);
    });
  }

  it('answers with typed results, not AccessDenied, once the caller is an admin', async () => {
    expect(await as('admin', () => setStaffRole('no-such-user', 'editor'))).toEqual({ ok: false, error: 'notFound' });
    expect(await as('admin', () => disableStaff('no-such-user'))).toEqual({ ok: false, error: 'notFound' });
    expect(await as('admin', () => enableStaff(''))).toEqual({ ok: false, error: 'invalidInput' });
    expect(await as('admin', () => setStaffRole(ids.editor!, 'owner' as 'admin'))).toEqual({ ok: false, error: 'invalidInput' });
  });
});

describe('creating accounts', () => {
  it('creates a translator with languages, who can sign in', async () => {
    const email = uniqueEmail('new-translator');
    const result = await as('admin', () =>
      createStaffAccount({ email: email.toUpperCase(), name: '  Nigar Translator ', role: 'translator', password: 'translator-pass-1', languages: ['en', 'az'] }),
    );
    expect(result).toMatchObject({ ok: true, email });
    const cookie = await sessionCookie(email, 'translator-pass-1');
    expect(await withCookie(cookie, () => currentStaff())).toMatchObject({ email, name: 'Nigar Translator', role: 'translator', languages: ['az', 'en'] });
  });

  it('keeps languages for translators only', async () => {
    const email = uniqueEmail('new-editor');
    const result = await as('admin', () => createStaffAccount({ email, name: 'Editor', role: 'editor', password: 'editor-pass-12', languages: ['az'] }));
    expect(result.ok).toBe(true);
    if (result.ok) expect((await account(result.id)).languages).toEqual([]);
  });

  it('a taken email is an error code, and nothing is created or changed', async () => {
    const email = uniqueEmail('twice');
    const first = await as('admin', () => createStaffAccount({ email, name: 'First', role: 'reporter', password: 'first-password-1' }));
    expect(first.ok).toBe(true);
    const second = await as('admin', () => createStaffAccount({ email: email.toUpperCase(), name: 'Second', role: 'admin', password: 'second-password-1' }));
    expect(second).toEqual({ ok: false, error: 'duplicateEmail' });
    const rows = await getDb().select().from(s.users).where(eq(s.users.email, email));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: 'First', role: 'reporter' });
    expect(await canSignIn(email, 'second-password-1')).toBe(false);
    expect((await auditRows(email)).filter((r) => r.action === 'user-create')).toHaveLength(1);
  });

  it('invalid input names the field, and creates nothing', async () => {
    const email = uniqueEmail('invalid');
    const base = { email, name: 'Someone', role: 'reporter' as const, password: 'long-enough-1' };
    expect(await as('admin', () => createStaffAccount({ ...base, email: 'not-an-email' }))).toEqual({ ok: false, error: 'invalidEmail' });
    expect(await as('admin', () => createStaffAccount({ ...base, name: '   ' }))).toEqual({ ok: false, error: 'invalidName' });
    expect(await as('admin', () => createStaffAccount({ ...base, role: 'owner' as 'admin' }))).toEqual({ ok: false, error: 'invalidRole' });
    expect(await as('admin', () => createStaffAccount({ ...base, password: 'short' }))).toEqual({ ok: false, error: 'passwordLength' });
    expect(await as('admin', () => createStaffAccount({ ...base, role: 'translator', languages: ['fr' as 'az'] }))).toEqual({ ok: false, error: 'invalidLanguages' });
    expect(await getDb().select().from(s.users).where(eq(s.users.email, email))).toHaveLength(0);
  });
});

describe('disabling', () => {
  it("ends the user's existing sessions at once; enabling lets them sign in again", async () => {
    const target = await makeAccount('editor');
    const cookie = await sessionCookie(target.email, target.password);
    expect(await withCookie(cookie, () => currentStaff())).toMatchObject({ email: target.email });

    expect(await as('admin', () => disableStaff(target.id))).toEqual({ ok: true });
    expect(await withCookie(cookie, () => currentStaff())).toBeNull();
    expect(await getDb().select().from(s.sessions).where(eq(s.sessions.userId, target.id))).toHaveLength(0);
    expect(await signIn({ email: target.email, password: target.password }, headersFor(undefined, '198.51.100.20'))).toEqual({ ok: false, error: 'disabled' });
    expect((await as('admin', () => listStaff())).find((u) => u.id === target.id)).toMatchObject({ disabled: true });

    expect(await as('admin', () => enableStaff(target.id))).toEqual({ ok: true });
    expect(await withCookie(cookie, () => currentStaff())).toBeNull(); // the old session stays ended
    const fresh = await sessionCookie(target.email, target.password);
    expect(await withCookie(fresh, () => currentStaff())).toMatchObject({ email: target.email, role: 'editor' });
    expect((await as('admin', () => listStaff())).find((u) => u.id === target.id)).toMatchObject({ disabled: false });
  });

  it('an admin cannot disable themselves, nor take away their own admin role', async () => {
    expect(await as('admin', () => disableStaff(ids.admin!))).toEqual({ ok: false, error: 'cannotDisableSelf' });
    expect(await as('admin', () => setStaffRole(ids.admin!, 'editor'))).toEqual({ ok: false, error: 'cannotDemoteSelf' });
    expect(await as('admin', () => currentStaff())).toMatchObject({ id: ids.admin, role: 'admin' });
    expect((await account(ids.admin!)).banned).not.toBe(true);
    // Setting their own role to admin again changes nothing and is fine.
    expect(await as('admin', () => setStaffRole(ids.admin!, 'admin'))).toEqual({ ok: true });
  });

  it('an admin can disable another admin', async () => {
    const other = await makeAccount('admin');
    expect(await as('admin', () => disableStaff(other.id))).toEqual({ ok: true });
    expect((await account(other.id)).banned).toBe(true);
  });
});

describe('roles and languages', () => {
  it('a role change takes effect on the open session', async () => {
    const target = await makeAccount('reporter');
    const cookie = await sessionCookie(target.email, target.password);
    await expect(withCookie(cookie, () => listStaff())).rejects.toThrow(AccessDenied);

    expect(await as('admin', () => setStaffRole(target.id, 'admin'))).toEqual({ ok: true });
    expect(await withCookie(cookie, () => currentStaff())).toMatchObject({ role: 'admin' });
    expect(Array.isArray(await withCookie(cookie, () => listStaff()))).toBe(true);

    expect(await as('admin', () => setStaffRole(target.id, 'translator'))).toEqual({ ok: true });
    expect(await withCookie(cookie, () => currentStaff())).toMatchObject({ role: 'translator' });
    await expect(withCookie(cookie, () => listStaff())).rejects.toThrow(AccessDenied);
  });

  it("sets a translator's languages, and only a translator's", async () => {
    const translator = await makeAccount('translator', ['az']);
    const cookie = await sessionCookie(translator.email, translator.password);
    expect(await as('admin', () => setTranslatorLanguages(translator.id, ['en', 'ru']))).toEqual({ ok: true });
    expect(await withCookie(cookie, () => currentStaff())).toMatchObject({ languages: ['ru', 'en'] });
    expect(await as('admin', () => setTranslatorLanguages(translator.id, []))).toEqual({ ok: true });
    expect((await account(translator.id)).languages).toEqual([]);
    expect(await as('admin', () => setTranslatorLanguages(translator.id, ['fr']))).toEqual({ ok: false, error: 'invalidInput' });

    const editor = await makeAccount('editor');
    expect(await as('admin', () => setTranslatorLanguages(editor.id, ['az']))).toEqual({ ok: false, error: 'notTranslator' });
    expect((await account(editor.id)).languages).toEqual([]);
  });
});

describe('changing one\'s own password', () => {
  it('a wrong current password is refused and nothing changes', async () => {
    const me = await makeAccount('reporter');
    const cookie = await sessionCookie(me.email, me.password);
    const result = await withCookie(cookie, () => changeOwnPassword('not-my-password', 'brand-new-password-1'), '198.51.100.30');
    expect(result).toEqual({ ok: false, error: 'wrongPassword' });
    expect(await withCookie(cookie, () => currentStaff())).toMatchObject({ email: me.email });
    expect(await canSignIn(me.email, me.password)).toBe(true);
    expect(await canSignIn(me.email, 'brand-new-password-1')).toBe(false);
    expect((await auditRows(me.email)).filter((r) => r.action === 'password-change')).toHaveLength(0);
  });

  it('the right one works: the old password stops working and other sessions end', async () => {
    const me = await makeAccount('translator', ['en']);
    const cookie = await sessionCookie(me.email, me.password);
    const elsewhere = await sessionCookie(me.email, me.password);
    expect(await withCookie(cookie, () => changeOwnPassword(me.password, 'short'))).toEqual({ ok: false, error: 'passwordLength' });
    expect(await withCookie(cookie, () => changeOwnPassword(me.password, me.password))).toEqual({ ok: false, error: 'samePassword' });

    expect(await withCookie(cookie, () => changeOwnPassword(me.password, 'brand-new-password-2'), '198.51.100.31')).toEqual({ ok: true });
    expect(await withCookie(elsewhere, () => currentStaff())).toBeNull();
    expect(await canSignIn(me.email, me.password)).toBe(false);
    const fresh = await sessionCookie(me.email, 'brand-new-password-2');
    expect(await withCookie(fresh, () => currentStaff())).toMatchObject({ email: me.email, role: 'translator' });

    const [row] = (await auditRows(me.email)).filter((r) => r.action === 'password-change');
    expect(row).toMatchObject({ actorId: me.id, subject: me.email, ipAddress: '198.51.100.31' });
    expect(JSON.stringify(row)).not.toContain('brand-new-password-2');
  });

  it('guessing the current password is throttled', async () => {
    const me = await makeAccount('editor');
    const cookie = await sessionCookie(me.email, me.password);
    for (let i = 0; i < 5; i++) {
      expect(await withCookie(cookie, () => changeOwnPassword(`guess-${i}-xxxx`, 'brand-new-password-3'), '198.51.100.32')).toEqual({ ok: false, error: 'wrongPassword' });
    }
    expect(await withCookie(cookie, () => changeOwnPassword(me.password, 'brand-new-password-3'), '198.51.100.32')).toEqual({ ok: false, error: 'tooManyAttempts' });
    expect(await canSignIn(me.email, me.password)).toBe(true);
  });
});

describe('the audit log', () => {
  it('records each change with its actor, subject and address', async () => {
    const email = uniqueEmail('audited');
    const created = await as('admin', () => createStaffAccount({ email, name: 'Audited', role: 'translator', password: 'audited-password', languages: ['az'] }));
    if (!created.ok) throw new Error(created.error);
    await as('admin', () => setTranslatorLanguages(created.id, ['az', 'en']));
    await as('admin', () => setStaffRole(created.id, 'editor'));
    await as('admin', () => disableStaff(created.id));
    await as('admin', () => enableStaff(created.id));

    const rows = await auditRows(email);
    expect(rows.map((r) => r.action)).toEqual(['user-create', 'languages-change', 'role-change', 'user-disable', 'user-enable']);
    for (const row of rows) expect(row).toMatchObject({ actorId: ids.admin, subject: email, ipAddress: ADMIN_IP });
    expect(rows[0]!.details).toEqual({ role: 'translator', languages: ['az'] });
    expect(rows[1]!.details).toEqual({ from: ['az'], to: ['az', 'en'] });
    expect(rows[2]!.details).toEqual({ from: 'translator', to: 'editor' });
    expect(JSON.stringify(rows)).not.toContain('audited-password');

    // No-op changes and refusals write nothing.
    await as('admin', () => setStaffRole(created.id, 'editor'));
    await as('admin', () => enableStaff(created.id));
    await as('admin', () => createStaffAccount({ email, name: 'Again', role: 'reporter', password: 'audited-password' }));
    await outcome('editor', () => disableStaff(created.id));
    expect(await auditRows(email)).toHaveLength(5);

    // The admin's view: newest first, with the actor's name.
    const log = await as('admin', () => listAuditLog({ subject: email }));
    expect(log.total).toBe(5);
    expect(log.items.map((i) => i.action)).toEqual(['user-enable', 'user-disable', 'role-change', 'languages-change', 'user-create']);
    expect(log.items[0]).toMatchObject({ actor: { email: emails.admin }, subject: email, ipAddress: ADMIN_IP });
  });

  it('records sign-ins (db/queries/sign-in.ts) and pages by 50, newest first', async () => {
    const subject = uniqueEmail('paged');
    const base = Date.now() - 60_000;
    await getDb()
      .insert(s.auditLog)
      .values(Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, i) => ({ action: 'sign-in', subject, at: new Date(base + i * 10) })));
    const first = await as('admin', () => listAuditLog({ subject, page: 1 }));
    const second = await as('admin', () => listAuditLog({ subject, page: 2 }));
    expect(first).toMatchObject({ total: 55, page: 1, pageCount: 2 });
    expect(first.items).toHaveLength(50);
    expect(second.items).toHaveLength(5);
    expect(new Date(first.items[0]!.at).getTime()).toBe(base + 54 * 10);
    expect(first.items[0]!.actor).toBeNull();
    expect(new Set([...first.items, ...second.items].map((i) => i.id)).size).toBe(55);
    // A nonsense page is refused by the schema rather than reaching the database.
    await expect(as('admin', () => listAuditLog({ page: -1 }))).rejects.toThrow();

    const user = await makeAccount('reporter');
    expect(await signIn({ email: user.email, password: user.password }, headersFor(undefined, '198.51.100.40'))).toMatchObject({ ok: true });
    const rows = await getDb().select().from(s.auditLog).where(and(eq(s.auditLog.subject, user.email), eq(s.auditLog.action, 'sign-in')));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: user.id, ipAddress: '198.51.100.40' });
  });
});
