import { and, eq } from 'drizzle-orm';
/**
 * The guard in the data-access layer: every dashboard read, called as anonymous and as each role, with real
 * sessions (better-auth, sessions in the database) carried by a cookie, as a browser would send it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SESSION_IDLE_SECONDS, getAuth } from '../auth';
import { getDb } from '../client';
import * as s from '../schema';
import { accessOutcome, sessionCookieFor } from '../test-sessions';
import { listDashboardStories, listStaff, listStoryFilterOptions, storyFiltersSchema } from './dashboard';
import { signIn, signOut } from './sign-in';
import { asRequest, currentStaff } from './staff';
import { createStory } from './stories';
import { createStaffAccountAsOperator } from './users';

const roles = ['admin', 'editor', 'reporter', 'translator'] as const;
type Caller = 'anonymous' | (typeof roles)[number];
const suffix = Math.random().toString(36).slice(2, 8);
const account = (role: string) => ({ email: `${role}-${suffix}@bureau.test`, name: `${role} ${suffix}`, role, password: `${role}-password-${suffix}` });

const cookies: Partial<Record<Caller, string>> = {};

const sessionCookie = sessionCookieFor;

const as = <T>(caller: Caller, fn: () => Promise<T>) =>
  asRequest(new Headers(caller === 'anonymous' ? {} : { cookie: cookies[caller]! }), fn);

const outcome = (caller: Caller, fn: () => Promise<unknown>) => accessOutcome(() => as(caller, fn));

beforeAll(async () => {
  for (const role of roles) {
    const a = account(role);
    await createStaffAccountAsOperator({ ...a, role, languages: role === 'translator' ? ['az'] : [] });
    cookies[role] = await sessionCookie(a.email, a.password);
  }
});

const everyone = storyFiltersSchema.parse({});
const reads: [string, () => Promise<unknown>, Record<Caller, 'allowed' | 'unauthenticated' | 'forbidden'>][] = [
  ['listDashboardStories', () => listDashboardStories(everyone, 'ru'), { anonymous: 'unauthenticated', admin: 'allowed', editor: 'allowed', reporter: 'allowed', translator: 'allowed' }],
  ['listStoryFilterOptions', () => listStoryFilterOptions('ru'), { anonymous: 'unauthenticated', admin: 'allowed', editor: 'allowed', reporter: 'allowed', translator: 'allowed' }],
  ['listStaff', () => listStaff(), { anonymous: 'unauthenticated', admin: 'allowed', editor: 'forbidden', reporter: 'forbidden', translator: 'forbidden' }],
];

describe('the data-access guard', () => {
  for (const [name, read, expected] of reads) {
    for (const caller of ['anonymous', ...roles] as const) {
      it(`${name} as ${caller}: ${expected[caller]}`, async () => {
        expect(await outcome(caller, read)).toBe(expected[caller]);
      });
    }
  }

  it('a forged or expired cookie is nobody', async () => {
    const forged = new Headers({ cookie: 'bureau.session_token=forged.value' });
    expect(await asRequest(forged, () => currentStaff())).toBeNull();
  });

  it('knows who is calling, with a translator\'s languages', async () => {
    const me = await as('translator', () => currentStaff());
    expect(me).toMatchObject({ role: 'translator', languages: ['az'] });
  });
});

describe('lists scoped as the roles are', () => {
  it("a reporter lists only their own stories and sees no other staff names; editors and translators list all", async () => {
    const run = Date.now().toString(36);
    const mine = await as('reporter', () => createStory({ category: 'society', title: `Мой черновик ${run}` }));
    const theirs = await as('editor', () => createStory({ category: 'society', title: `Черновик редактора ${run}` }));
    if (!mine.ok || !theirs.ok) throw new Error('stories not created');
    const q = storyFiltersSchema.parse({ q: run });
    const ids = async (caller: Caller) => (await as(caller, () => listDashboardStories(q, 'ru'))).items.map((i) => i.id).sort();
    expect(await ids('reporter')).toEqual([mine.id]);
    expect(await ids('editor')).toEqual([mine.id, theirs.id].sort());
    expect(await ids('translator')).toEqual([mine.id, theirs.id].sort());
    // Asking for another owner's stories by id gets nothing either.
    const editorId = (await as('editor', () => currentStaff()))!.id;
    expect((await as('reporter', () => listDashboardStories(storyFiltersSchema.parse({ owner: editorId }), 'ru'))).items).toEqual([]);
    const reporter = (await as('reporter', () => currentStaff()))!;
    expect((await as('reporter', () => listStoryFilterOptions('ru'))).owners).toEqual([{ id: reporter.id, name: reporter.name }]);
    expect((await as('editor', () => listStoryFilterOptions('ru'))).owners.length).toBeGreaterThan(1);
  });
});

describe('sessions', () => {
  it('every sign-in gets a new session, and signing out revokes it on the server', async () => {
    const a = account('editor2');
    await createStaffAccountAsOperator({ ...a, role: 'editor' });
    const first = await sessionCookie(a.email, a.password);
    const second = await sessionCookie(a.email, a.password);
    expect(first).not.toBe(second);
    await signOut(new Headers({ cookie: first }));
    expect(await asRequest(new Headers({ cookie: first }), () => currentStaff())).toBeNull();
    expect(await asRequest(new Headers({ cookie: second }), () => currentStaff())).toMatchObject({ email: a.email });
  });

  it('a session left unused ends after the idle limit; one in use ends at the absolute limit after sign-in', async () => {
    const a = account('idle');
    await createStaffAccountAsOperator({ ...a, role: 'editor' });
    const cookie = await sessionCookie(a.email, a.password);
    const [row] = await getDb().select().from(s.sessions).where(eq(s.sessions.userId, (await asRequest(new Headers({ cookie }), () => currentStaff()))!.id));
    // Valid for the idle window (12 hours), not a week.
    expect(Math.abs(row!.expiresAt.getTime() - row!.createdAt.getTime() - SESSION_IDLE_SECONDS * 1000)).toBeLessThan(1000);
    // Used after a quarter of an hour: its end moves on.
    await getDb().update(s.sessions).set({ expiresAt: new Date(Date.now() + 3600_000), updatedAt: new Date(Date.now() - 3 * 3600_000) }).where(eq(s.sessions.id, row!.id));
    expect(await asRequest(new Headers({ cookie }), () => currentStaff())).toMatchObject({ email: a.email });
    const [used] = await getDb().select().from(s.sessions).where(eq(s.sessions.id, row!.id));
    expect(used!.expiresAt.getTime()).toBeGreaterThan(Date.now() + SESSION_IDLE_SECONDS * 1000 - 60_000);
    // Idle past its end: signed out.
    await getDb().update(s.sessions).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(s.sessions.id, row!.id));
    expect(await asRequest(new Headers({ cookie }), () => currentStaff())).toBeNull();
    // In use, but signed in eight days ago: signed out too.
    const again = await sessionCookie(a.email, a.password);
    await getDb().update(s.sessions).set({ createdAt: new Date(Date.now() - 8 * 86_400_000) }).where(eq(s.sessions.userId, used!.userId));
    expect(await asRequest(new Headers({ cookie: again }), () => currentStaff())).toBeNull();
  });

  it('stores a memory-hard hash, never the password', async () => {
    const rows = await getDb().select({ password: s.accounts.password }).from(s.accounts);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.password).toMatch(/^[0-9a-f]{32}:[0-9a-f]+$/); // better-auth's scrypt: salt:key
    }
  });

  it('a disabled account cannot sign in, and its sessions end', async () => {
    const a = account('disabled');
    const { id } = await createStaffAccountAsOperator({ ...a, role: 'reporter' });
    const cookie = await sessionCookie(a.email, a.password);
    await getAuth().api.banUser({ body: { userId: id }, headers: new Headers({ cookie: cookies.admin! }) });
    expect(await asRequest(new Headers({ cookie }), () => currentStaff())).toBeNull();
    const result = await signIn({ email: a.email, password: a.password }, new Headers({ 'x-bureau-client-ip': '203.0.113.9' }));
    expect(result).toEqual({ ok: false, error: 'disabled' });
  });
});

describe('sign-in throttling', () => {
  const from = (ip: string) => new Headers({ 'x-bureau-client-ip': ip });

  it('answers an unknown email and a wrong password the same way', async () => {
    const a = account('same');
    await createStaffAccountAsOperator({ ...a, role: 'reporter' });
    expect(await signIn({ email: 'nobody@bureau.test', password: 'whatever-123' }, from('198.51.100.1'))).toEqual({ ok: false, error: 'invalidCredentials' });
    expect(await signIn({ email: a.email, password: 'wrong-password' }, from('198.51.100.1'))).toEqual({ ok: false, error: 'invalidCredentials' });
  });

  it('stops guessing from one address, but not the editor at another', async () => {
    const a = account('target');
    await createStaffAccountAsOperator({ ...a, role: 'editor' });
    for (let i = 0; i < 5; i++) {
      expect(await signIn({ email: a.email, password: `guess-${i}-xxxx` }, from('198.51.100.7'))).toMatchObject({ error: 'invalidCredentials' });
    }
    // Even the right password waits now, from the guessing address...
    expect(await signIn({ email: a.email, password: a.password }, from('198.51.100.7'))).toEqual({ ok: false, error: 'tooManyAttempts' });
    // ...while the real editor, elsewhere, signs in.
    expect(await signIn({ email: a.email, password: a.password }, from('192.0.2.44'))).toMatchObject({ ok: true });
  });

  it('an attack on one account from many addresses slows the attackers, never the editor at a clean address', async () => {
    const a = account('many');
    await createStaffAccountAsOperator({ ...a, role: 'editor' });
    // 30 failures from 6 other addresses: the account-wide limit is reached.
    for (let i = 0; i < 30; i++) await signIn({ email: a.email, password: `guess-${i}-xxxx` }, from(`198.51.100.${60 + (i % 6)}`));
    // One more failure right now, as an attacker keeping it up every 30 s would.
    expect(await signIn({ email: a.email, password: 'guess-again-x' }, from('198.51.100.99'))).toMatchObject({ error: 'invalidCredentials' });
    // An attacking address waits, even with the right password...
    expect(await signIn({ email: a.email, password: a.password }, from('198.51.100.99'))).toEqual({ ok: false, error: 'tooManyAttempts' });
    // ...the editor at their own address is let in with the right password.
    expect(await signIn({ email: a.email, password: a.password }, from('192.0.2.45'))).toMatchObject({ ok: true });
    // And after a typo of their own they wait 30 s, not 15 minutes: their failure is 31 s old here.
    await signIn({ email: a.email, password: 'typo-typo-typo' }, from('192.0.2.46'));
    expect(await signIn({ email: a.email, password: a.password }, from('192.0.2.46'))).toEqual({ ok: false, error: 'tooManyAttempts' });
    await getDb().update(s.signInFailures).set({ at: new Date(Date.now() - 31_000) }).where(and(eq(s.signInFailures.email, a.email), eq(s.signInFailures.ipAddress, '192.0.2.46')));
    expect(await signIn({ email: a.email, password: a.password }, from('192.0.2.46'))).toMatchObject({ ok: true });
  });
});
