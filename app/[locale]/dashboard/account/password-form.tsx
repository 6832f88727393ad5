'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import type { Locale } from '@/i18n/locales';
import { ActionError } from '../action-message';
import { keepValuesOnSubmit } from '../keep-values';
import { changePasswordAction, type PasswordState } from './actions';

type Field = 'current' | 'next' | 'confirm';
const errorField: Record<NonNullable<PasswordState['error']>, Field | null> = {
  wrongPassword: 'current',
  tooManyAttempts: 'current',
  passwordLength: 'next',
  samePassword: 'next',
  mismatch: 'confirm',
  invalid: null,
  controlCharacters: null,
  forbidden: null,
  unauthenticated: null,
  unavailable: null,
};

/**
 * The caller's own password change. After an error what was typed stays; success reloads the page (see
 * actions.ts), which mounts this form afresh and empty, with `changed` set.
 */
export function PasswordForm({ locale, changed }: { locale: Locale; changed: boolean }) {
  const t = useTranslations('Dashboard.account');
  const [state, dispatch, pending] = useActionState<PasswordState, FormData>(changePasswordAction.bind(null, locale), {});
  const id = useId();
  const invalid = state.error ? errorField[state.error] : null;
  const describedBy = (field: Field, hint?: string) => [invalid === field ? `${id}-error` : null, hint].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <div role="status">{changed && !state.error ? <p>{t('changed')}</p> : null}</div>
      <form action={dispatch} onSubmit={keepValuesOnSubmit(dispatch)} className="form" noValidate>
        <ActionError namespace="Dashboard.account" error={state.error} id={`${id}-error`} />
        <label>
          {t('current')}
          <input name="current" type="password" autoComplete="current-password" required maxLength={128} aria-invalid={invalid === 'current' || undefined} aria-describedby={describedBy('current')} />
        </label>
        <label>
          {t('next')}
          <input
            name="next"
            type="password"
            autoComplete="new-password"
            required
            minLength={10}
            maxLength={128}
            aria-invalid={invalid === 'next' || undefined}
            aria-describedby={describedBy('next', `${id}-hint`)}
          />
        </label>
        <p id={`${id}-hint`}>{t('hint')}</p>
        <label>
          {t('confirm')}
          <input name="confirm" type="password" autoComplete="new-password" required minLength={10} maxLength={128} aria-invalid={invalid === 'confirm' || undefined} aria-describedby={describedBy('confirm')} />
        </label>
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('submitting') : t('submit')}
        </button>
      </form>
    </>
  );
}
