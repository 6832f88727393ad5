'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

type Props = {
  /** The button that asks. */
  label: string;
  /** The question, in the page (not a browser prompt). */
  question: ReactNode;
  confirm: string;
  cancel: string;
  onConfirm: () => void | Promise<void>;
  className?: string;
  disabled?: boolean;
};

/**
 * Focus for a question asked in the page: on Cancel (the harmless choice) while it is open, back on the button
 * that asked when it closes; Escape closes it unless its action is under way.
 */
export function useQuestionFocus(asking: boolean, busy: boolean, close: () => void) {
  const open = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (asking) cancelButton.current?.focus();
    else if (asked.current) open.current?.focus();
    asked.current = asking;
  }, [asking]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !busy) {
      event.preventDefault();
      close();
    }
  };
  return { open, cancelButton, onKeyDown };
}

/**
 * A button whose action needs a second, deliberate press (unpublish, discard, restore over unpublished
 * changes). The first press asks in the page; focus goes to Cancel, the harmless choice, and back to the button
 * when the question closes (Cancel or Escape).
 */
export function ConfirmButton({ label, question, confirm, cancel, onConfirm, className = 'button button--quiet', disabled }: Props) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const { open, cancelButton, onKeyDown } = useQuestionFocus(asking, busy, () => setAsking(false));
  const id = useId();

  if (!asking) {
    return (
      <button type="button" ref={open} className={className} onClick={() => setAsking(true)} disabled={disabled}>
        {label}
      </button>
    );
  }
  return (
    <span role="group" aria-labelledby={`${id}-q`} className="confirm" onKeyDown={onKeyDown}>
      <span id={`${id}-q`} className="confirm__question">
        {question}
      </span>{' '}
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          try {
            await onConfirm();
          } finally {
            setBusy(false);
            setAsking(false);
          }
        }}
      >
        {confirm}
      </button>{' '}
      <button type="button" ref={cancelButton} className="button button--quiet" disabled={busy} onClick={() => setAsking(false)}>
        {cancel}
      </button>
    </span>
  );
}
