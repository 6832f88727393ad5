'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { changeOwnPassword, type ChangePasswordError } from '@/db/queries/users';
import { newsroomFormAction, type Refusal } from '../newsroom-action';

export type PasswordState = { error?: ChangePasswordError | 'mismatch' | Refusal['error'] };

/**
 * Changes the caller's own password (any role). Errors are message keys under Dashboard.account.errors.
 *
 * Success redirects back to the page (with a marker for the confirmation) instead of revalidating it: the
 * change ends every session, the caller's too, and gives them a new cookie; a re-render inside this action
 * would still read the old cookie from the request headers (Next.js updates cookies(), not headers(), after
 * an action sets one) and send the user to the sign-in page. The redirect is rendered with the new cookie.
 */
export const changePasswordAction = newsroomFormAction({
  fields: (form) => ({ current: form.get('current'), next: form.get('next'), confirm: form.get('confirm') }),
  input: z
    .object({ current: z.string().min(1).max(1000), next: z.string().min(1).max(1000), confirm: z.string().min(1).max(1000) })
    .refine((v) => v.next === v.confirm, { message: 'mismatch' }),
  call: (i) => changeOwnPassword(i.current, i.next),
  state: (answer, _values, language): PasswordState => {
    if (answer.ok) redirect(`/${language}/dashboard/account?changed=${Date.now()}`);
    if (answer.error === 'invalid') return { error: answer.issues?.includes('mismatch') ? 'mismatch' : 'invalid' };
    return { error: answer.error };
  },
});
