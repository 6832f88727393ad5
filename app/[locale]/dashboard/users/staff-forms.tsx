'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useId, useRef, type CSSProperties } from 'react';
import type { StaffRole } from '@/db/schema';
import { localeNames, locales, type Locale } from '@/i18n/locales';
import { ActionError, useActionMessage } from '../action-message';
import { keepValuesOnSubmit } from '../keep-values';
import {
  createStaffAction,
  setDisabledAction,
  setLanguagesAction,
  setRoleAction,
  type CreateStaffState,
  type RowState,
} from './actions';

type CreateError = NonNullable<CreateStaffState['error']>;

// Layout only (globals.css has no rules for these small inline forms yet).
const checkboxLabel: CSSProperties = { display: 'inline-flex', alignItems: 'center', gap: '0.35rem', marginRight: '1rem', fontWeight: 'normal' };
const rowForm: CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'center', margin: '0 0 0.5rem' };
const bareFieldset: CSSProperties = { border: 0, margin: 0, padding: 0 };

/** Which field an error is about, for aria-invalid. */
const errorField: Partial<Record<CreateError, 'name' | 'email' | 'role' | 'password' | 'languages'>> = {
  invalidName: 'name',
  invalidEmail: 'email',
  duplicateEmail: 'email',
  invalidRole: 'role',
  passwordLength: 'password',
  invalidLanguages: 'languages',
};

/** The admin's form for a new account. After an error everything typed stays; after success it clears. */
export function NewStaffForm({ locale, roles }: { locale: Locale; roles: readonly StaffRole[] }) {
  const t = useTranslations('Dashboard');
  const [state, dispatch, pending] = useActionState<CreateStaffState, FormData>(createStaffAction.bind(null, locale), {});
  const form = useRef<HTMLFormElement>(null);
  const id = useId();
  useEffect(() => {
    if (state.ok) form.current?.reset();
  }, [state]);
  const values = state.ok ? undefined : state.values;
  const invalid = state.error ? errorField[state.error] : undefined;
  const errorId = `${id}-error`;
  const describe = (name: string, hint?: string) =>
    [invalid === name ? errorId : null, hint].filter(Boolean).join(' ') || undefined;
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('staffForm.title')}</h2>
      <div role="status">{state.ok && state.created ? <p>{t('staffForm.created', { email: state.created })}</p> : null}</div>
      <form ref={form} action={dispatch} onSubmit={keepValuesOnSubmit(dispatch)} className="form" noValidate>
        {state.error ? (
          <ActionError namespace="Dashboard.staffForm" error={state.error} id={errorId} />
        ) : null}
        <label>
          {t('staffForm.name')}
          <input name="name" required maxLength={120} autoComplete="off" defaultValue={values?.name} aria-invalid={invalid === 'name' || undefined} aria-describedby={describe('name')} />
        </label>
        <label>
          {t('staffForm.email')}
          <input name="email" type="email" required maxLength={254} autoComplete="off" defaultValue={values?.email} aria-invalid={invalid === 'email' || undefined} aria-describedby={describe('email')} />
        </label>
        {/* Not wrapped in its label: a wrapped select's options would become part of its accessible name. */}
        <label htmlFor={`${id}-role`}>{t('staffForm.role')}</label>
        <select id={`${id}-role`} name="role" defaultValue={values?.role ?? 'reporter'} aria-invalid={invalid === 'role' || undefined} aria-describedby={describe('role')}>
          {roles.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </select>
        <label>
          {t('staffForm.password')}
          <input
            name="password"
            type="password"
            required
            minLength={10}
            maxLength={128}
            autoComplete="new-password"
            aria-invalid={invalid === 'password' || undefined}
            aria-describedby={describe('password', `${id}-password-hint`)}
          />
        </label>
        <p id={`${id}-password-hint`}>
          {t('staffForm.passwordHint')}
        </p>
        <fieldset aria-describedby={`${id}-languages-hint`} aria-invalid={invalid === 'languages' || undefined}>
          <legend>{t('staffForm.languages')}</legend>
          <p id={`${id}-languages-hint`}>
            {t('staffForm.languagesHint')}
          </p>
          {locales.map((l) => (
            <label key={l} style={checkboxLabel}>
              <input type="checkbox" name="languages" value={l} defaultChecked={values?.languages.includes(l)} /> <span lang={l}>{localeNames[l]}</span>
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('staffForm.submitting') : t('staffForm.submit')}
        </button>
      </form>
    </section>
  );
}

function RowMessage({ state, email }: { state: RowState; email: string }) {
  const t = useTranslations('Dashboard');
  const message = useActionMessage('Dashboard.staffForm');
  return (
    <>
      <span role="status">
        {state.ok && state.done === 'saved' ? t('staffForm.saved') : null}
        {state.ok && state.done === 'disabled' ? t('staffForm.disabledDone', { email }) : null}
        {state.ok && state.done === 'enabled' ? t('staffForm.enabledDone', { email }) : null}
      </span>
      {state.error ? (
        <span className="form__error" role="alert">
          {message(state.error)}
        </span>
      ) : null}
    </>
  );
}

type Row = { locale: Locale; userId: string; name: string; email: string };

/** A row's role: a select and its own save button. */
export function RoleForm({ locale, userId, name, email, role, roles }: Row & { role: string; roles: readonly StaffRole[] }) {
  const t = useTranslations('Dashboard');
  const [state, dispatch, pending] = useActionState<RowState, FormData>(setRoleAction.bind(null, locale), {});
  return (
    <form action={dispatch} onSubmit={keepValuesOnSubmit(dispatch)} style={rowForm}>
      <input type="hidden" name="userId" value={userId} />
      {/* aria-label rather than a .visually-hidden label: inside the scrolling table an absolutely positioned
          label escapes the scroll box and widens the whole page on phones. */}
      <select name="role" aria-label={t('staffForm.roleFor', { name })} defaultValue={state.error && state.role ? state.role : role}>
        {(roles as readonly string[]).includes(role) ? null : <option value={role}>{role}</option>}
        {roles.map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r}`)}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--quiet" disabled={pending}>
        {pending ? t('staffForm.saving') : t('staffForm.saveRole')}
      </button>
      <RowMessage state={state} email={email} />
    </form>
  );
}

/** A translator's languages: one checkbox each and a save button. */
export function LanguagesForm({ locale, userId, name, email, languages }: Row & { languages: string[] }) {
  const t = useTranslations('Dashboard');
  const [state, dispatch, pending] = useActionState<RowState, FormData>(setLanguagesAction.bind(null, locale), {});
  const chosen = state.error && state.languages ? state.languages : languages;
  return (
    <form action={dispatch} onSubmit={keepValuesOnSubmit(dispatch)} style={rowForm}>
      <input type="hidden" name="userId" value={userId} />
      <fieldset style={bareFieldset} aria-label={t('staffForm.languagesFor', { name })}>
        {locales.map((l) => (
          <label key={l} style={checkboxLabel} lang={l}>
            <input type="checkbox" name="languages" value={l} defaultChecked={chosen.includes(l)} /> {localeNames[l]}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button button--quiet" disabled={pending}>
        {pending ? t('staffForm.saving') : t('staffForm.saveLanguages')}
      </button>
      <RowMessage state={state} email={email} />
    </form>
  );
}

/** Disable or enable an account (not offered for the admin's own). */
export function DisableForm({ locale, userId, name, email, disabled }: Row & { disabled: boolean }) {
  const t = useTranslations('Dashboard');
  const [state, dispatch, pending] = useActionState<RowState, FormData>(setDisabledAction.bind(null, locale), {});
  const label = disabled ? t('staffForm.enable') : t('staffForm.disable');
  return (
    <form action={dispatch} onSubmit={keepValuesOnSubmit(dispatch)} style={rowForm}>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="change" value={disabled ? 'enable' : 'disable'} />
      <button type="submit" className="button button--quiet" disabled={pending} aria-label={`${label}: ${name}`}>
        {pending ? t('staffForm.saving') : label}
      </button>
      <RowMessage state={state} email={email} />
    </form>
  );
}
