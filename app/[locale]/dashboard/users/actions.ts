'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { AccessDenied } from '@/db/queries/staff';
import {
  createStaffAccount,
  disableStaff,
  enableStaff,
  setStaffRole,
  setTranslatorLanguages,
  type CreateStaffError,
  type DisableError,
  type EnableError,
  type SetLanguagesError,
  type SetRoleError,
} from '@/db/queries/users';
import type { StaffRole } from '@/db/schema';
import { isLocale, type Locale } from '@/i18n/locales';

/**
 * The staff screen's actions. Thin: the form's shape is checked here, the DAL (db/queries/users.ts) checks the
 * caller and the values, and every answer is a message key under Dashboard.staffForm.errors.
 */

type Forbidden = 'forbidden' | 'invalidInput';

/** Runs a DAL call; a signed-out caller goes to the sign-in page, a non-admin gets `forbidden`. */
async function guarded<T>(locale: Locale, call: () => Promise<T>): Promise<T | { ok: false; error: 'forbidden' }> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof AccessDenied) {
      if (error.reason === 'unauthenticated') redirect(`/${isLocale(locale) ? locale : 'ru'}/login`);
      return { ok: false, error: 'forbidden' };
    }
    throw error;
  }
}

const revalidateStaff = () => revalidatePath('/[locale]/dashboard/users', 'page');

const field = z.string().max(1000);

// --- New account -----------------------------------------------------------------------------------------------

export type CreateStaffState = {
  ok?: boolean;
  error?: CreateStaffError | Forbidden;
  /** The email of the account just created (for the confirmation). */
  created?: string;
  /** What the admin typed, to put back into the form after an error (never the password). */
  values?: { name: string; email: string; role: string; languages: string[] };
};

const newAccountForm = z.object({
  name: field,
  email: field,
  role: field,
  password: field,
  languages: z.array(z.string().max(10)).max(10),
});

export async function createStaffAction(locale: Locale, _state: CreateStaffState, form: FormData): Promise<CreateStaffState> {
  const parsed = newAccountForm.safeParse({
    name: form.get('name') ?? '',
    email: form.get('email') ?? '',
    role: form.get('role') ?? '',
    password: form.get('password') ?? '',
    languages: form.getAll('languages'),
  });
  if (!parsed.success) return { ok: false, error: 'invalidInput' };
  const { password, ...values } = parsed.data;
  const result = await guarded(locale, () =>
    createStaffAccount({ ...values, role: values.role as StaffRole, languages: values.languages as Locale[], password }),
  );
  if (!result.ok) return { ok: false, error: result.error, values };
  revalidateStaff();
  return { ok: true, created: result.email };
}

// --- One account's row -----------------------------------------------------------------------------------------

export type RowState = {
  ok?: boolean;
  error?: SetRoleError | SetLanguagesError | DisableError | EnableError | Forbidden;
  /** What was done, for the confirmation. */
  done?: 'saved' | 'disabled' | 'enabled';
  /** The role or languages the admin chose, to keep them selected after an error. */
  role?: string;
  languages?: string[];
};

const roleForm = z.object({ userId: z.string().min(1).max(64), role: z.string().max(40) });

export async function setRoleAction(locale: Locale, _state: RowState, form: FormData): Promise<RowState> {
  const parsed = roleForm.safeParse({ userId: form.get('userId'), role: form.get('role') });
  if (!parsed.success) return { ok: false, error: 'invalidInput' };
  const result = await guarded(locale, () => setStaffRole(parsed.data.userId, parsed.data.role as StaffRole));
  if (!result.ok) return { ok: false, error: result.error, role: parsed.data.role };
  revalidateStaff();
  return { ok: true, done: 'saved' };
}

const languagesForm = z.object({ userId: z.string().min(1).max(64), languages: z.array(z.string().max(10)).max(10) });

export async function setLanguagesAction(locale: Locale, _state: RowState, form: FormData): Promise<RowState> {
  const parsed = languagesForm.safeParse({ userId: form.get('userId'), languages: form.getAll('languages') });
  if (!parsed.success) return { ok: false, error: 'invalidInput' };
  const result = await guarded(locale, () => setTranslatorLanguages(parsed.data.userId, parsed.data.languages));
  if (!result.ok) return { ok: false, error: result.error, languages: parsed.data.languages };
  revalidateStaff();
  return { ok: true, done: 'saved' };
}

const stateForm = z.object({ userId: z.string().min(1).max(64), change: z.enum(['disable', 'enable']) });

export async function setDisabledAction(locale: Locale, _state: RowState, form: FormData): Promise<RowState> {
  const parsed = stateForm.safeParse({ userId: form.get('userId'), change: form.get('change') });
  if (!parsed.success) return { ok: false, error: 'invalidInput' };
  const { userId, change } = parsed.data;
  const result = await guarded(locale, () => (change === 'disable' ? disableStaff(userId) : enableStaff(userId)));
  if (!result.ok) return { ok: false, error: result.error };
  revalidateStaff();
  return { ok: true, done: change === 'disable' ? 'disabled' : 'enabled' };
}
