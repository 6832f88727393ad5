'use client';

import { useLocale, useTranslations } from 'next-intl';
import { usePathname } from 'next/navigation';

/**
 * Every answer of the newsroom's write path (newsroom-action.ts), translated in one place: a form's own message
 * (`<namespace>.errors.<code>`) where it has one, else the newsroom's common one (`Newsroom.errors.<code>`:
 * signed out, not allowed, invalid input, no connection…), else "check the form".
 */
export function useActionMessage(namespace: string) {
  const t = useTranslations(namespace as never) as unknown as { has: (key: string) => boolean; (key: string): string };
  const common = useTranslations('Newsroom.errors');
  return (code: string): string => {
    if (code !== 'unauthenticated' && t.has(`errors.${code}`)) return t(`errors.${code}`);
    return common.has(code as 'invalid') ? common(code as 'invalid') : common('invalid');
  };
}

type Props = {
  namespace: string;
  /** The answer's error code, and the message keys of what did not parse. */
  error: string | null | undefined;
  issues?: string[];
  id?: string;
};

/**
 * An action's refusal as an alert. A session that ended offers to sign in again in a new tab, so what was typed
 * stays in this one (and in the browser's copy, for the editors).
 */
export function ActionError({ namespace, error, issues, id }: Props) {
  const message = useActionMessage(namespace);
  const common = useTranslations('Newsroom');
  const locale = useLocale();
  const here = usePathname();
  if (!error) return null;
  const codes = error === 'invalid' && issues?.length ? issues : [error];
  return (
    <div className="form__error" role="alert" id={id}>
      {codes.length === 1 ? <p>{message(codes[0]!)}</p> : <ul>{codes.map((code) => <li key={code}>{message(code)}</li>)}</ul>}
      {error === 'unauthenticated' ? (
        <p>
          <a href={`/${locale}/login?next=${encodeURIComponent(here)}`} target="_blank" rel="noopener">
            {common('signInAgain')}
          </a>
        </p>
      ) : null}
    </div>
  );
}
