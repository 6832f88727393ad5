'use client';

import { useTranslations } from 'next-intl';
import { startTransition, useActionState } from 'react';
import type { Locale } from '@/i18n/locales';
import { ActionError } from '../../action-message';
import { ConfirmButton } from '../../confirm-button';
import { deleteStoryAction, type DeleteStoryState } from '../actions';

type Props = { id: number; locale: Locale };

/**
 * "Delete story" for admins and editors (the page shows it only to them; the DAL checks again). A first press
 * only asks, in the page: "Delete for good" or "Cancel" (ConfirmButton: focus on Cancel, Escape closes). On
 * success the action goes to the story list.
 */
export function DeleteStory({ id, locale }: Props) {
  const t = useTranslations('Editor');
  const [state, dispatch, pending] = useActionState<DeleteStoryState, FormData>(deleteStoryAction.bind(null, locale), {});
  const remove = () => {
    const form = new FormData();
    form.set('id', String(id));
    startTransition(() => dispatch(form));
  };
  return (
    <div className="delete-story">
      <ActionError namespace="Editor" error={state.error} />
      <ConfirmButton
        label={pending ? t('delete.deleting') : t('delete.open')}
        question={t('delete.question')}
        confirm={t('delete.confirm')}
        cancel={t('delete.cancel')}
        onConfirm={remove}
        disabled={pending}
      />
    </div>
  );
}
