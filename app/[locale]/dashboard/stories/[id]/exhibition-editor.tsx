'use client';

import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type Announcements, type DragEndEvent, type UniqueIdentifier } from '@dnd-kit/core';
import { SortableContext, arrayMove, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { MediaPicker, type LibrarySearch } from '@/components/media-picker';
import { MediaUploader } from '@/components/media-uploader';
import type { ExhibitionForEditing } from '@/db/queries/exhibitions';
import type { LibraryItem, MediaText } from '@/db/queries/media';
import type { Locale } from '@/i18n/locales';
import { describeMediaTexts } from '../../media/actions';
import { arrangeExhibitionAction } from './actions';
import { ExhibitionItem } from './exhibition-item';

type Props = {
  storyId: number;
  exhibition: ExhibitionForEditing;
  search: LibrarySearch;
  canUpload: boolean;
  /** The story's cover (chosen in the settings panel), marked in the list. */
  coverId: number | null;
  /** The photos as they are now, for the settings panel's cover choice. */
  onItemsChange?: (items: LibraryItem[]) => void;
};
type State = 'saved' | 'saving' | 'error';

/**
 * The story's photo exhibition: photos from the library or uploaded here, reordered by dragging or by keyboard
 * (focus a handle, Space, arrows, Space), and captions per language. Every change is saved at once; captions a
 * moment after typing stops. The cover is chosen in the settings panel (a story without one takes the first photo).
 */
export function ExhibitionEditor({ storyId, exhibition, search, canUpload, coverId, onItemsChange }: Props) {
  const t = useTranslations('Exhibition');
  const [items, setItems] = useState<LibraryItem[]>(exhibition.items);
  const [state, setState] = useState<State>('saved');
  const [error, setError] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);
  const arrangement = useRef({ items });
  const saving = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const canArrange = exhibition.canArrange;

  const persist = async () => {
    if (saving.current) {
      again.current = true;
      return;
    }
    setState('saving');
    const run = async () => {
      do {
        again.current = false;
        const { items: now } = arrangement.current;
        const result = await arrangeExhibitionAction({ id: storyId, arrangement: { mediaIds: now.map((i) => i.id) } }).catch(() => ({ ok: false as const, error: 'network' }));
        if (!result.ok) {
          setState('error');
          setError(result.error);
          return;
        }
      } while (again.current);
      setState('saved');
      setError(null);
    };
    saving.current = run().finally(() => {
      saving.current = null;
    });
  };

  const change = (next: LibraryItem[]) => {
    setItems(next);
    arrangement.current = { items: next };
    onItemsChange?.(next);
    void persist();
  };

  // Leaving with an unsaved arrangement asks first.
  useEffect(() => {
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (state !== 'saved') e.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => window.removeEventListener('beforeunload', beforeUnload);
  }, [state]);

  // A photo's new texts reach the settings panel too (its cover choice names the photos by their alt text).
  const described = async (id: number, texts: Partial<Record<Locale, MediaText>>) => {
    const answer = await describeMediaTexts({ id, texts });
    if (answer.ok) {
      const next = arrangement.current.items.map((i) => (i.id === id ? { ...i, texts: { ...i.texts, ...texts } } : i));
      arrangement.current = { items: next };
      setItems(next);
      onItemsChange?.(next);
    }
    return answer;
  };

  const position = (id: UniqueIdentifier) => items.findIndex((i) => i.id === id) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('dnd.picked', { position: position(active.id), total: items.length }),
    onDragOver: ({ over }) => (over ? t('dnd.over', { position: position(over.id), total: items.length }) : t('dnd.outside')),
    onDragEnd: ({ over }) => (over ? t('dnd.dropped', { position: position(over.id), total: items.length }) : t('dnd.cancelled')),
    onDragCancel: () => t('dnd.cancelled'),
  };

  const dragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    change(arrayMove(items, position(active.id) - 1, position(over.id) - 1));
  };

  // Uploads finish one by one, after this render: they add to the latest arrangement, not the one they saw.
  const add = (chosen: LibraryItem[]) => {
    const { items: now } = arrangement.current;
    const fresh = chosen.filter((c) => !now.some((i) => i.id === c.id));
    if (fresh.length) change([...now, ...fresh]);
  };

  const stateText = state === 'saving' ? t('saving') : state === 'saved' ? t('saved') : '';

  return (
    <section className="exhibition-editor" aria-labelledby="exhibition-title">
      <h2 id="exhibition-title">{t('title')}</h2>
      <p className="exhibition-editor__state" role="status" aria-live="polite" data-state={state}>
        {t('count', { count: items.length })} {stateText}
      </p>
      {error ? (
        <p className="form__error">{t.has(`errors.${error}` as 'errors.invalid') ? t(`errors.${error}` as 'errors.invalid') : t('errors.invalid')}</p>
      ) : null}
      {!canArrange ? <p className="form__note">{t('readOnly')}</p> : null}
      {items.length === 0 ? <p>{t('empty')}</p> : null}
      <p id="exhibition-dnd-help" className="form__note">
        {canArrange && items.length > 1 ? t('dnd.instructions') : ''}
      </p>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={dragEnd}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } }}
      >
        <SortableContext items={items.map((i) => i.id)} strategy={verticalListSortingStrategy}>
          <ol className="exhibition-editor__list">
            {items.map((item, index) => (
              <ExhibitionItem
                key={item.id}
                item={item}
                index={index}
                total={items.length}
                isCover={coverId === item.id}
                canArrange={canArrange}
                describable={exhibition.describable}
                onRemove={() => change(items.filter((i) => i.id !== item.id))}
                onDescribe={(texts: Partial<Record<Locale, MediaText>>) => described(item.id, texts)}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      {canArrange ? (
        <div className="exhibition-editor__add">
          <button type="button" className="button button--quiet" onClick={() => setPicking(true)}>
            {t('addFromLibrary')}
          </button>
          {canUpload ? <MediaUploader label={t('uploadHere')} onUploaded={(item) => add([item])} /> : null}
          <MediaPicker open={picking} multiple search={search} exclude={items.map((i) => i.id)} onClose={() => setPicking(false)} onChoose={(chosen) => (setPicking(false), add(chosen))} />
        </div>
      ) : null}
    </section>
  );
}
