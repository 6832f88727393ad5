'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { AgencyPageSlug } from '@/lib/agency-pages';
import type { Locale } from '@/i18n/locales';
import { ActionError } from '../../../action-message';
import { restorePageRevisionAction, type RestorePageState } from '../../actions';

type Props = { locale: Locale; slug: AgencyPageSlug; lang: Locale; id: number; revision: number };

/** "Restore revision N": the page takes that text again (a new revision), and readers see it at once. */
export function RestorePageForm({ locale, slug, lang, id, revision }: Props) {
  const t = useTranslations('PagesAdmin');
  const [state, dispatch, busy] = useActionState<RestorePageState, FormData>(restorePageRevisionAction.bind(null, locale), {});
  const error = 'error' in state ? state.error : null;
  return (
    <form action={dispatch} className="restore-form">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="revision" value={id} />
      <button type="submit" className="button button--quiet" disabled={busy}>
        {t('restore', { revision })}
      </button>
      <ActionError namespace="PagesAdmin" error={error} />
    </form>
  );
}
