'use client';

import { useTranslations } from 'next-intl';
import { useRef, useState, type DragEvent } from 'react';
import type { LibraryItem } from '@/db/queries/media';

type Upload = { key: string; name: string; percent: number; state: 'uploading' | 'processing' | 'done' | 'duplicate' | 'error'; error?: string };
type Props = { onUploaded?: (item: LibraryItem) => void; label?: string };

const ENDPOINT = '/api/dashboard/media';
const ACCEPT = 'image/jpeg,image/png,image/webp,image/avif';
const ERRORS = ['tooLarge', 'unsupportedType', 'tooManyPixels', 'unreadable', 'empty', 'forbidden', 'unauthenticated', 'forgedOrigin', 'storageUnavailable', 'network'] as const;

/**
 * Uploads photos by drag and drop or the file picker, one request per file so each has its own progress bar.
 * The server decides what a file is from its bytes; its refusal is shown, translated, beside the file.
 */
export function MediaUploader({ onUploaded, label }: Props) {
  const t = useTranslations('Media.upload');
  const input = useRef<HTMLInputElement>(null);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [over, setOver] = useState(false);
  const counter = useRef(0);

  const patch = (key: string, change: Partial<Upload>) => setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...change } : u)));

  // Photos join the story in the order they were chosen, whichever finishes uploading first.
  const inOrder = useRef<Promise<void>>(Promise.resolve());
  const notify = useRef(onUploaded);
  notify.current = onUploaded;

  const send = (file: File): Promise<LibraryItem | null> => new Promise((resolve) => {
    const key = `${++counter.current}`;
    setUploads((list) => [...list, { key, name: file.name, percent: 0, state: 'uploading' }]);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', ENDPOINT);
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    xhr.setRequestHeader('accept', 'application/json');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) patch(key, { percent: Math.round((e.loaded / e.total) * 100), state: e.loaded === e.total ? 'processing' : 'uploading' });
    };
    xhr.onload = () => {
      const body = xhr.response as { ok?: boolean; error?: string; item?: LibraryItem; duplicate?: boolean } | null;
      if (body?.ok && body.item) {
        patch(key, { percent: 100, state: body.duplicate ? 'duplicate' : 'done' });
        resolve(body.item);
      } else {
        patch(key, { state: 'error', error: body?.error ?? 'network' });
        resolve(null);
      }
    };
    xhr.onerror = () => {
      patch(key, { state: 'error', error: 'network' });
      resolve(null);
    };
    xhr.send(file);
  });

  const accept = (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) {
      const uploaded = send(file);
      inOrder.current = inOrder.current.then(() => uploaded).then((item) => {
        if (item) notify.current?.(item);
      });
    }
  };

  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    accept(e.dataTransfer.files);
  };

  const errorText = (code = 'network') => t(`errors.${(ERRORS as readonly string[]).includes(code) ? (code as (typeof ERRORS)[number]) : 'network'}`);

  return (
    <div className="uploader">
      <div
        className={`uploader__zone${over ? ' uploader__zone--over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
        data-testid="upload-zone"
      >
        <p>
          {label ?? t('drop')}{' '}
          <button type="button" className="button button--quiet uploader__choose" onClick={() => input.current?.click()}>
            {t('choose')}
          </button>
          <input
            ref={input}
            type="file"
            multiple
            accept={ACCEPT}
            tabIndex={-1}
            aria-hidden="true"
            className="visually-hidden uploader__input"
            onChange={(e) => {
              accept(e.target.files);
              e.target.value = '';
            }}
          />
        </p>
        <p className="form__note">{t('hint')}</p>
      </div>
      {uploads.length ? (
        <ul className="uploader__files" aria-label={t('files')}>
          {uploads.map((u) => (
            <li key={u.key} className="uploader__file" data-state={u.state}>
              <span className="uploader__name">{u.name}</span>
              <progress max={100} value={u.state === 'error' ? 0 : u.percent} aria-label={t('progressLabel', { name: u.name })} />
              <span role="status" className={u.state === 'error' ? 'form__error' : 'uploader__state'}>
                {u.state === 'uploading'
                  ? t('uploading', { percent: u.percent })
                  : u.state === 'processing'
                    ? t('processing')
                    : u.state === 'done'
                      ? t('done')
                      : u.state === 'duplicate'
                        ? t('duplicate')
                        : errorText(u.error)}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
