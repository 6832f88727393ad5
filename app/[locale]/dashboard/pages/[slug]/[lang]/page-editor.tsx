'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { RichTextEditor } from '@/components/rich-text-editor';
import type { EditablePage, PageInput } from '@/db/queries/pages';
import { limits } from '@/lib/field-limits';
import { ActionError } from '../../../action-message';
import { useSaveStatusText } from '../../../save-status';
import { useAutosave } from '../../../use-autosave';
import { savePageAction } from '../../actions';

type Fields = { title: string; body: unknown };
type Props = { page: EditablePage };

const fieldsOf = (p: Pick<EditablePage, 'title' | 'body'>): Fields => ({ title: p.title, body: p.body });

/**
 * One agency page in one language: its title and text, saved a moment after typing stops and kept in the browser
 * meanwhile (the story editor's use-autosave.ts: nothing typed is lost, offline and signed-out included). A save
 * that meets a colleague's newer one overwrites nothing: both are shown. Readers see each save at once.
 */
export function PageEditor({ page }: Props) {
  const t = useTranslations('PagesAdmin');
  const tEditor = useTranslations('Editor');
  const statusText = useSaveStatusText();
  const auto = useAutosave<Fields>({
    backupKey: `bureau:page:${page.slug}:${page.locale}`,
    fields: fieldsOf(page),
    base: page.revision,
    savedAt: page.updatedAt,
    enabled: true,
    save: (f, base) => savePageAction({ slug: page.slug, lang: page.locale, text: f as PageInput, base }),
  });

  // The sticky toolbar sits under the sticky bar, whatever height the bar has on this screen.
  const bar = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!bar.current || !panel.current || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => panel.current?.style.setProperty('--editor-bar-height', `${Math.ceil(entry!.borderBoxSize[0]!.blockSize)}px`));
    observer.observe(bar.current);
    return () => observer.disconnect();
  }, []);

  const conflict = auto.conflict as EditablePage | null;
  return (
    <div className="editor__panel page-editor" ref={panel} lang={page.locale}>
      <div className="editor-bar" ref={bar}>
        <p className="editor__state" role="status" aria-live="polite" data-state={auto.state}>
          <span className="editor__saved">{statusText(auto.state, auto.savedAt)}</span>
        </p>
        <div className="editor__actions">
          <button type="button" className={auto.state === 'saved' ? 'button button--quiet' : 'button'} onClick={() => void auto.saveNow()} disabled={auto.state === 'saving'}>
            {tEditor('saveNow')}
          </button>
        </div>
      </div>
      {auto.restored && auto.state !== 'saved' ? <p className="form__note">{tEditor('restoredFromBrowser')}</p> : null}
      {auto.errors.length ? <ActionError namespace="PagesAdmin" error={auto.errors.length > 1 ? 'invalid' : auto.errors[0]} issues={auto.errors} /> : null}
      {auto.state === 'conflict' ? (
        <div className="form__error editor__conflict" role="alert">
          <p>{tEditor('conflict')}</p>
          {conflict ? (
            <>
              <h3>{tEditor('theirVersion', { revision: conflict.revision })}</h3>
              <p className="editor__theirs">
                <strong>{conflict.title}</strong>
              </p>
              <button type="button" className="button button--quiet" onClick={() => auto.reset(fieldsOf(conflict), conflict.revision, conflict.updatedAt)}>
                {tEditor('reloadTheirs')}
              </button>{' '}
              <button type="button" className="button" onClick={() => auto.overwrite(conflict.revision)}>
                {tEditor('keepMine')}
              </button>
            </>
          ) : null}
        </div>
      ) : null}
      <label className="editor__field">
        {t('titleField')}
        <input name="title" value={auto.fields.title} onChange={(e) => auto.change({ title: e.target.value })} maxLength={limits.pageTitle} required />
      </label>
      <div className="editor__field">
        <span id="page-body-label">{t('body')}</span>
        <RichTextEditor id="page-body" labelledBy="page-body-label" value={auto.fields.body} onChange={(body) => auto.change({ body })} />
      </div>
    </div>
  );
}
