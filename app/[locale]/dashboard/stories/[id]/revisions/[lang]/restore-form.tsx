'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef, useState } from 'react';
import type { Locale } from '@/i18n/locales';
import { ActionError } from '../../../../action-message';
import { restoreRevisionAction, type RestoreState } from '../../../actions';

type Props = { locale: Locale; id: number; lang: Locale; revision: number; overPending: boolean; published: boolean };

/**
 * "Restore this version". Over unpublished changes it asks first (they stay in the history, but the editor
 * would no longer show them); on a published story it says that readers keep the published text until Update.
 */
export function RestoreForm({ locale, id, lang, revision, overPending, published }: Props) {
  const t = useTranslations('Revisions');
  const tEditor = useTranslations('Editor');
  const [state, dispatch, busy] = useActionState<RestoreState, FormData>(restoreRevisionAction.bind(null, locale), {});
  const [asking, setAsking] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) cancel.current?.focus();
  }, [asking]);
  const error = 'error' in state ? state.error : null;
  return (
    <form action={dispatch} className="restore-form" onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="revision" value={revision} />
      {published ? <p className="form__note">{t('restorePublishedNote')}</p> : null}
      <ActionError namespace="Editor" error={error} />
      {overPending && !asking ? (
        <button type="button" className="button" onClick={() => setAsking(true)}>
          {t('restore')}
        </button>
      ) : (
        <span role="group" aria-labelledby={asking ? 'restore-question' : undefined} className="confirm">
          {asking ? (
            <span id="restore-question" className="confirm__question">
              {t('restoreOverPending')}
            </span>
          ) : null}{' '}
          <button type="submit" className="button" disabled={busy}>
            {asking ? t('restoreConfirm') : t('restore')}
          </button>{' '}
          {asking ? (
            <button type="button" ref={cancel} className="button button--quiet" onClick={() => setAsking(false)}>
              {tEditor('cancel')}
            </button>
          ) : null}
        </span>
      )}
    </form>
  );
}
