'use server';

import { z } from 'zod';
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
import type { Locale } from '@/i18n/locales';
import { newsroomFormAction, type Refusal } from '../newsroom-action';

/**
 * The staff screen's actions, on the newsroom's write path (newsroom-action.ts): the form's shape is checked
 * here, the DAL (db/queries/users.ts) checks the caller and the values, and every answer is a message key under
 * Dashboard.staffForm.errors (or the newsroom's common ones).
 */

type Refused = Refusal['error'];
const screens = ['/[locale]/dashboard/users'];
const field = z.string().max(1000);
const userId = z.string().min(1).max(64);

// --- New account -----------------------------------------------------------------------------------------------

export type CreateStaffState = {
  ok?: boolean;
  error?: CreateStaffError | Refused;
  /** The email of the account just created (for the confirmation). */
  created?: string;
  /** What the admin typed, to put back into the form after an error (never the password). */
  values?: { name: string; email: string; role: string; languages: string[] };
};

export const createStaffAction = newsroomFormAction({
  fields: (form) => ({
    name: form.get('name') ?? '',
    email: form.get('email') ?? '',
    role: form.get('role') ?? '',
    password: form.get('password') ?? '',
    languages: form.getAll('languages'),
  }),
  input: z.object({ name: field, email: field, role: field, password: field, languages: z.array(z.string().max(10)).max(10) }),
  call: (i) => createStaffAccount({ ...i, role: i.role as StaffRole, languages: i.languages as Locale[] }),
  screens,
  state: (answer, values): CreateStaffState => {
    if (answer.ok) return { ok: true, created: answer.email };
    const { password: _password, ...typed } = values ?? { password: '' };
    return { ok: false, error: answer.error, values: values ? (typed as CreateStaffState['values']) : undefined };
  },
});

// --- One account's row -----------------------------------------------------------------------------------------

export type RowState = {
  ok?: boolean;
  error?: SetRoleError | SetLanguagesError | DisableError | EnableError | Refused;
  /** What was done, for the confirmation. */
  done?: 'saved' | 'disabled' | 'enabled';
  /** The role or languages the admin chose, to keep them selected after an error. */
  role?: string;
  languages?: string[];
};

export const setRoleAction = newsroomFormAction({
  fields: (form) => ({ userId: form.get('userId'), role: form.get('role') }),
  input: z.object({ userId, role: z.string().max(40) }),
  call: (i) => setStaffRole(i.userId, i.role as StaffRole),
  screens,
  state: (answer, values): RowState => (answer.ok ? { ok: true, done: 'saved' } : { ok: false, error: answer.error, role: values?.role }),
});

export const setLanguagesAction = newsroomFormAction({
  fields: (form) => ({ userId: form.get('userId'), languages: form.getAll('languages') }),
  input: z.object({ userId, languages: z.array(z.string().max(10)).max(10) }),
  call: (i) => setTranslatorLanguages(i.userId, i.languages),
  screens,
  state: (answer, values): RowState => (answer.ok ? { ok: true, done: 'saved' } : { ok: false, error: answer.error, languages: values?.languages }),
});

export const setDisabledAction = newsroomFormAction({
  fields: (form) => ({ userId: form.get('userId'), change: form.get('change') }),
  input: z.object({ userId, change: z.enum(['disable', 'enable']) }),
  call: (i) => (i.change === 'disable' ? disableStaff(i.userId) : enableStaff(i.userId)),
  screens,
  state: (answer, values): RowState => (answer.ok ? { ok: true, done: values?.change === 'disable' ? 'disabled' : 'enabled' } : { ok: false, error: answer.error }),
});
