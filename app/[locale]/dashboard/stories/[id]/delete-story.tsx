'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Locale } from '@/i18n/locales';
import { ActionError } from '../../action-message';
import { deleteStoryAction, type DeleteStoryState } from '../actions';

type Props = { id: number; locale: Locale };

/**
 * "Delete story" for admins and editors (the page shows it only to them; the DAL checks again). A first press
 * only asks, in the page: "Delete for good" or "Cancel". Focus goes to Cancel, the harmless choice, and back to
 * the first button when the question closes (Cancel or Escape). On success the action goes to the story list.
 */
export function DeleteStory({ id, locale }: Props) {
  const t = useTranslations('Editor');
  const [state, dispatch, pending] = useActionState<DeleteStoryState, FormData>(deleteStoryAction.bind(null, locale), {});
  const [asking, setAsking] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  const questionId = `${useId()}-question`;

  useEffect(() => {
    if (asking) cancelButton.current?.focus();
    else if (asked.current) openButton.current?.focus();
    asked.current = asking;
  }, [asking]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !pending) {
      event.preventDefault();
      setAsking(false);
    }
  };

  return (
    <div className="delete-story">
      <ActionError namespace="Editor" error={state.error} />
      {asking ? (
        <div role="group" aria-labelledby={questionId} className="delete-story__confirm" onKeyDown={onKeyDown}>
          <p id={questionId}>{t('delete.question')}</p>
          <form action={dispatch} className="delete-story__buttons">
            <input type="hidden" name="id" value={id} />
            <button type="submit" className="button" disabled={pending}>
              {pending ? t('delete.deleting') : t('delete.confirm')}
            </button>
            <button type="button" ref={cancelButton} className="button button--quiet" disabled={pending} onClick={() => setAsking(false)}>
              {t('delete.cancel')}
            </button>
          </form>
        </div>
      ) : (
        <button type="button" ref={openButton} className="button button--quiet" onClick={() => setAsking(true)}>
          {t('delete.open')}
        </button>
      )}
    </div>
  );
}
