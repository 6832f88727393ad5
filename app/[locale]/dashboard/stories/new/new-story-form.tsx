'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { Locale } from '@/i18n/locales';
import { limits } from '@/lib/field-limits';
import { ActionError } from '../../action-message';
import { createStoryAction, type CreateState } from '../actions';

type Props = { locale: Locale; categories: { slug: string; name: string }[] };

export function NewStoryForm({ locale, categories }: Props) {
  const t = useTranslations('Editor');
  const [state, action, pending] = useActionState<CreateState, FormData>(createStoryAction.bind(null, locale), {});
  return (
    <form action={action} className="form narrow">
      <ActionError namespace="Editor" error={state.error} />
      <label>
        {t('category')}
        <select name="category" defaultValue={state.category ?? categories[0]?.slug} required>
          {categories.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('title')}
        <input name="title" required maxLength={limits.storyTitle} defaultValue={state.title} />
      </label>
      <button type="submit" className="button" disabled={pending}>
        {t('create')}
      </button>
    </form>
  );
}
