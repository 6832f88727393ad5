'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { Locale } from '@/i18n/locales';
import { signInAction, type SignInState } from './actions';

type Props = { locale: Locale; next: string };

export function LoginForm({ locale, next }: Props) {
  const t = useTranslations('Login');
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction.bind(null, locale), {});
  return (
    <form action={action} className="form" noValidate>
      {state.error ? (
        <p className="form__error" role="alert" id="login-error">
          {t(`errors.${state.error}`)}
        </p>
      ) : null}
      <input type="hidden" name="next" value={next} />
      <label>
        {t('email')}
        <input name="email" type="email" autoComplete="username" required maxLength={254} defaultValue={state.email} aria-describedby={state.error ? 'login-error' : undefined} />
      </label>
      <label>
        {t('password')}
        <input name="password" type="password" autoComplete="current-password" required maxLength={128} />
      </label>
      <button type="submit" className="button" disabled={pending}>
        {pending ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
