'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId, useState } from 'react';
import type { Locale } from '@/i18n/locales';
import { ActionError } from '../../action-message';
import { useQuestionFocus } from '../../confirm-button';
import { deleteMediaAction, type DeletePhotoState } from '../actions';
import { UsedIn } from './used-in';

type Props = { id: number; name: string; locale: Locale };

/**
 * "Delete photo" for admins and editors, on a photo no story uses (the page shows it only then; the DAL checks
 * both again). A first press only asks, in the page: "Delete for good" or "Cancel". Focus goes to Cancel, the
 * harmless choice, and back to the first button when the question closes (Cancel or Escape). On success the
 * action goes to the library, which says it is done; if a story took the photo meanwhile, it lists the stories.
 */
export function DeletePhoto({ id, name, locale }: Props) {
  const t = useTranslations('Media.delete');
  const [state, dispatch, pending] = useActionState<DeletePhotoState, FormData>(deleteMediaAction.bind(null, locale), {});
  // The question is open while the answer is the one it was asked under: a refusal (a new answer) closes it, so
  // the message and the button it concerns are what is left.
  const [askedUnder, setAskedUnder] = useState<DeletePhotoState | null>(null);
  const asking = askedUnder === state;
  const setAsking = (open: boolean) => setAskedUnder(open ? state : null);
  const { open: openButton, cancelButton, onKeyDown } = useQuestionFocus(asking, pending, () => setAsking(false));
  const questionId = `${useId()}-question`;

  if (state.usedBy?.length) {
    return (
      <div className="delete-story">
        <ActionError namespace="Media.delete" error={state.error} />
        <UsedIn usage={state.usedBy} locale={locale} explain={false} />
      </div>
    );
  }
  return (
    <div className="delete-story">
      <ActionError namespace="Media.delete" error={state.error} />
      {asking ? (
        <div role="group" aria-labelledby={questionId} className="delete-story__confirm" onKeyDown={onKeyDown}>
          <p id={questionId}>{t('question', { name })}</p>
          <form action={dispatch} className="delete-story__buttons">
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className="button" disabled={pending}>
              {pending ? t('deleting') : t('confirm')}
            </button>
            <button type="button" ref={cancelButton} className="button button--quiet" disabled={pending} onClick={() => setAsking(false)}>
              {t('cancel')}
            </button>
          </form>
        </div>
      ) : (
        <button type="button" ref={openButton} className="button button--quiet" onClick={() => setAsking(true)}>
          {t('open')}
        </button>
      )}
    </div>
  );
}
