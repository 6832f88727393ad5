'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { AccessDenied } from '@/db/queries/staff';
import { changeOwnPassword, type ChangePasswordError } from '@/db/queries/users';
import { isLocale, type Locale } from '@/i18n/locales';

export type PasswordState = { error?: ChangePasswordError | 'mismatch' | 'invalidInput' };

const passwordForm = z.object({
  current: z.string().min(1).max(1000),
  next: z.string().min(1).max(1000),
  confirm: z.string().min(1).max(1000),
});

/**
 * Changes the caller's own password (any role). Errors are message keys under Dashboard.account.errors.
 *
 * Success redirects back to the page (with a marker for the confirmation) instead of revalidating it: the
 * change ends every session, the caller's too, and gives them a new cookie; a re-render inside this action
 * would still read the old cookie from the request headers (Next.js updates cookies(), not headers(), after
 * an action sets one) and send the user to the sign-in page. The redirect is rendered with the new cookie.
 */
export async function changePasswordAction(locale: Locale, _state: PasswordState, form: FormData): Promise<PasswordState> {
  const home = isLocale(locale) ? locale : 'ru';
  const parsed = passwordForm.safeParse({ current: form.get('current'), next: form.get('next'), confirm: form.get('confirm') });
  if (!parsed.success) return { error: 'invalidInput' };
  const { current, next, confirm } = parsed.data;
  if (next !== confirm) return { error: 'mismatch' };
  let result;
  try {
    result = await changeOwnPassword(current, next);
  } catch (error) {
    if (error instanceof AccessDenied) redirect(`/${home}/login`);
    throw error;
  }
  if (!result.ok) return { error: result.error };
  redirect(`/${home}/dashboard/account?changed=${Date.now()}`);
}
