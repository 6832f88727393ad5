'use client';

import { useState, type ReactNode } from 'react';
import type { LibrarySearch } from '@/components/media-picker';
import type { ExhibitionForEditing } from '@/db/queries/exhibitions';
import type { StorySettings } from '@/db/queries/story-settings';
import type { EditableStory } from '@/db/queries/stories';
import type { Locale } from '@/i18n/locales';
import { ExhibitionEditor } from './exhibition-editor';
import { StorySettingsPanel } from './story-settings';
import { StoryEditor } from './story-editor';

type Props = {
  story: EditableStory;
  exhibition: ExhibitionForEditing;
  settings: StorySettings;
  locale: Locale;
  search: LibrarySearch;
  zone: { name: string; label: string };
  canUpload: boolean;
  /** The breaking-news switch and the deletion, for those who may. */
  breaking?: ReactNode;
  danger?: ReactNode;
};

/**
 * The editor page: the text and its photo exhibition, and the settings panel beside them (under them on a
 * phone). The exhibition's photos are shared with the panel, which chooses the cover among them.
 */
export function StoryWorkspace({ story, exhibition, settings, locale, search, zone, canUpload, breaking, danger }: Props) {
  const [photos, setPhotos] = useState(exhibition.items);
  const [coverId, setCoverId] = useState(settings.cover?.id ?? null);
  return (
    <div className="editor-layout">
      <div className="editor-layout__main">
        <StoryEditor story={story} locale={locale} search={search} zone={zone} />
        <ExhibitionEditor storyId={story.id} exhibition={exhibition} search={search} canUpload={canUpload} coverId={coverId} onItemsChange={setPhotos} />
      </div>
      <aside className="editor-layout__side">
        <StorySettingsPanel settings={settings} exhibition={photos} search={search} breaking={breaking} onCover={setCoverId} />
        {danger}
      </aside>
    </div>
  );
}
