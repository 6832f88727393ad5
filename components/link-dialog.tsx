'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { limits } from '@/lib/field-limits';
import { checkLinkHref } from '@/lib/rich-text';

type Props = {
  open: boolean;
  /** The link being edited, or '' for a new one. */
  href: string;
  onApply: (href: string) => void;
  onRemove: () => void;
  onClose: () => void;
};

/**
 * The body editor's link dialog (the browser's own modal <dialog>: focus stays inside, Esc closes, focus goes
 * back to the toolbar). The address is checked as it will be on readers' pages (checkLinkHref): a refused one
 * says why and changes nothing.
 */
export function LinkDialog({ open, href, onApply, onRemove, onClose }: Props) {
  const t = useTranslations('Editor.link');
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(href);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      setValue(href);
      setError(null);
      element.showModal();
      input.current?.select();
    } else if (!open && element.open) element.close();
  }, [open, href]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkLinkHref(value, limits.linkHref);
    if (!checked.ok) {
      setError(checked.error);
      input.current?.focus();
      return;
    }
    onApply(checked.href);
  };

  return (
    <dialog ref={dialog} className="link-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`}>{href ? t('editTitle') : t('title')}</h2>
        <label>
          {t('address')}
          <input
            ref={input}
            name="href"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            value={value}
            maxLength={limits.linkHref}
            onChange={(e) => (setValue(e.target.value), setError(null))}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          />
        </label>
        <p id={`${id}-hint`} className="form__note">
          {t('hint')}
        </p>
        {error ? (
          <p id={`${id}-error`} className="form__error" role="alert">
            {t(`errors.${error as 'linkUnsafe'}`)}
          </p>
        ) : null}
        <div className="link-dialog__buttons">
          <button type="submit" className="button">
            {t('apply')}
          </button>
          {href ? (
            <button type="button" className="button button--quiet" onClick={onRemove}>
              {t('remove')}
            </button>
          ) : null}
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
