'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { Locale } from '@/i18n/locales';
import { createStoryAction, type CreateState } from '../actions';

type Props = { locale: Locale; categories: { slug: string; name: string }[] };

export function NewStoryForm({ locale, categories }: Props) {
  const t = useTranslations('Editor');
  const [state, action, pending] = useActionState<CreateState, FormData>(createStoryAction.bind(null, locale), {});
  return (
    <form action={action} className="form narrow">
      {state.error ? (
        <p className="form__error" role="alert">
          {t(`errors.${state.error}`)}
        </p>
      ) : null}
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
        <input name="title" required maxLength={300} defaultValue={state.title} />
      </label>
      <button type="submit" className="button" disabled={pending}>
        {t('create')}
      </button>
    </form>
  );
}
