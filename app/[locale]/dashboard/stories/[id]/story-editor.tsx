'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { LibrarySearch } from '@/components/media-picker';
import type { EditableStory } from '@/db/queries/stories';
import { localeNames, locales, type Locale } from '@/i18n/locales';
import { VariantPanel } from './variant-panel';

type Props = { story: EditableStory; locale: Locale; search?: LibrarySearch; zone: { name: string; label: string } };

/**
 * The story's text: a tab per language, each with its own autosave (VariantPanel). A tab once opened stays
 * mounted, so switching languages never drops a save in progress.
 */
export function StoryEditor({ story, locale, search, zone }: Props) {
  const t = useTranslations('Editor');
  const tStatus = useTranslations('Dashboard.statuses');
  const first = story.can.edit.includes(locale) && story.variants[locale] ? locale : story.sourceLocale;
  const [active, setActive] = useState<Locale>(first);
  const [opened, setOpened] = useState<Locale[]>([first]);
  const [statuses, setStatuses] = useState(() => Object.fromEntries(locales.map((l) => [l, story.variants[l]?.status ?? null])) as Record<Locale, string | null>);

  const open = (l: Locale) => {
    setActive(l);
    setOpened((o) => (o.includes(l) ? o : [...o, l]));
  };

  return (
    <div className="editor">
      <div role="tablist" aria-label={t('languages')} className="editor__tabs">
        {locales.map((l) => (
          <button key={l} type="button" role="tab" id={`tab-${l}`} aria-selected={l === active} aria-controls={`panel-${l}`} onClick={() => open(l)} lang={l}>
            {localeNames[l]} <small>{statuses[l] ? tStatus(statuses[l] as 'draft') : t('notYet')}</small>
            {story.variants[l]?.pending ? <span className="editor__tab-dot" title={t('pending.badge')} aria-label={t('pending.badge')} /> : null}
          </button>
        ))}
      </div>
      {opened.map((l) => (
        <VariantPanel
          key={l}
          story={story}
          lang={l}
          locale={locale}
          hidden={l !== active}
          search={search}
          zone={zone}
          onStatus={(status) => setStatuses((s) => ({ ...s, [l]: status }))}
        />
      ))}
    </div>
  );
}
