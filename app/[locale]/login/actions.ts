'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { callerHeaders } from '@/db/queries/staff';
import { signIn, signOut } from '@/db/queries/sign-in';
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales';
import { hasControlCharacters } from '@/lib/plain-text';

export type SignInState = { error?: 'invalidCredentials' | 'tooManyAttempts' | 'disabled' | 'invalidInput'; email?: string };

const credentials = z.object({
  // No control characters (a NUL reached the database and answered 503).
  email: z.string().trim().min(3).max(254).refine((email) => !hasControlCharacters(email)),
  password: z.string().min(1).max(128),
});

/** Next only follows same-site relative paths into the dashboard. */
function safeNext(locale: Locale, value: FormDataEntryValue | null | undefined): string {
  const next = typeof value === 'string' ? value : '';
  const prefix = /^\/([a-z]{2})\/dashboard(?:\/[a-z0-9-]+)*\/?(?:\?[\w=&%.-]*)?$/.exec(next)?.[1];
  return isLocale(prefix) ? next : `/${locale}/dashboard`;
}

/** The language the page bound; a hand-made request may send anything else, which never reaches a redirect. */
const language = (value: unknown): Locale => (isLocale(value) ? value : defaultLocale);

export async function signInAction(locale: Locale, _state: SignInState, form: FormData): Promise<SignInState> {
  const field = (name: string) => (form instanceof FormData ? form.get(name) : null);
  const parsed = credentials.safeParse({ email: field('email'), password: field('password') });
  const email = typeof field('email') === 'string' ? String(field('email')).slice(0, 254) : '';
  if (!parsed.success) return { error: 'invalidInput', email };
  const result = await signIn(parsed.data, await callerHeaders());
  if (!result.ok) return { error: result.error, email };
  redirect(safeNext(language(locale), field('next')));
}

export async function signOutAction(locale: Locale): Promise<void> {
  await signOut(await callerHeaders());
  redirect(`/${language(locale)}/login`);
}
