'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Autosave with a browser backup, for every newsroom text form (the story editor's languages, the translating
 * view). What it promises an editor: nothing typed is lost.
 * - Every change is written to the browser's storage at once, and saved to the server a moment after typing
 *   stops. The backup is dropped only when the server has the same text.
 * - A reload, a crash or a closed tab brings the text back from the backup, and saves it.
 * - No connection: the state says so ("offline, kept in this browser") and the save is tried again by itself,
 *   sooner at first, then every 10 s, and at once when the browser is back online. The same when the server
 *   answers that its database is unavailable.
 * - A session that ended: the text waits in the backup; the save is tried again when the editor comes back to
 *   the tab (after signing in again in another one).
 * - Someone else saved meanwhile: nothing is overwritten; the conflict is shown with both texts.
 * - Leaving the page with unsaved text asks first.
 */

export type SaveState = 'saved' | 'dirty' | 'saving' | 'offline' | 'signedOut' | 'error' | 'conflict';

export type SaveAnswer<F> =
  | { ok: true; revision: number; savedAt: string; pending?: boolean; fields?: Partial<F> }
  | { ok: false; error: string; issues?: string[]; current?: unknown };

type Options<F> = {
  /** The browser-storage key of this text's backup (one per story and language). */
  backupKey: string;
  fields: F;
  /** The revision the text was loaded at (the server refuses a save based on an older one). */
  base: number;
  savedAt: string | null;
  save: (fields: F, base: number) => Promise<SaveAnswer<F>>;
  /** False for a text the caller may only read. */
  enabled: boolean;
  delayMs?: number;
  /** Typing without a pause is saved at least this often all the same. */
  maxWaitMs?: number;
};

type Backup<F> = { fields: F; base: number; at: string };

/** Waits between tries while the server or its database is unreachable: soon at first, then every 10 s. */
const RETRY_MS = [1_000, 2_000, 5_000, 10_000];

export function useAutosave<F extends object>({ backupKey, fields: initial, base: initialBase, savedAt: initialSavedAt, save, enabled, delayMs = 1500, maxWaitMs = 10_000 }: Options<F>) {
  const [fields, setFields] = useState(initial);
  const [base, setBase] = useState(initialBase);
  const [state, setState] = useState<SaveState>('saved');
  const [savedAt, setSavedAt] = useState(initialSavedAt);
  const [errors, setErrors] = useState<string[]>([]);
  const [conflict, setConflict] = useState<unknown>(null);
  const [restored, setRestored] = useState(false);
  const latest = useRef({ fields, base, state });
  latest.current = { fields, base, state };
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const again = useRef(false);
  const failures = useRef(0);
  /** When the text last differed from the server's after being equal: for maxWaitMs. */
  const dirtySince = useRef<number | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;

  const writeBackup = useCallback(
    (next: F, nextBase: number) => {
      try {
        window.localStorage.setItem(backupKey, JSON.stringify({ fields: next, base: nextBase, at: new Date().toISOString() } satisfies Backup<F>));
      } catch {
        // Storage full or off: the server save still runs.
      }
    },
    [backupKey],
  );

  const schedule = useCallback((ms: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void runRef.current(), ms);
  }, []);

  /** Saves what the form holds now; resolves true when the server has it. */
  const run = useCallback(async (): Promise<boolean> => {
    if (!enabled) return false;
    if (inFlight.current) {
      again.current = true;
      return inFlight.current;
    }
    const work = (async () => {
      for (;;) {
        again.current = false;
        const sent = latest.current.fields;
        const sentBase = latest.current.base;
        setState('saving');
        let answer: SaveAnswer<F>;
        try {
          answer = await saveRef.current(sent, sentBase);
        } catch {
          answer = { ok: false, error: 'network' };
        }
        if (!answer.ok && (answer.error === 'network' || answer.error === 'unavailable')) {
          // The request did not come back (offline, server unreachable) or the database is away: the backup holds
          // the text, and the save is tried again by itself until it is in; the state then says when it was saved.
          failures.current += 1;
          setState('offline');
          schedule(RETRY_MS[Math.min(failures.current - 1, RETRY_MS.length - 1)]!);
          return false;
        }
        failures.current = 0;
        if (answer.ok) {
          const changedMeanwhile = latest.current.fields !== sent;
          if (changedMeanwhile) dirtySince.current = Date.now();
          setBase(answer.revision);
          latest.current.base = answer.revision;
          setSavedAt(answer.savedAt);
          setErrors([]);
          if (answer.fields && !changedMeanwhile) setFields((f) => ({ ...f, ...answer.fields }));
          if (changedMeanwhile) {
            writeBackup(latest.current.fields, answer.revision);
            if (again.current) continue;
            setState('dirty');
            schedule(delayMs);
            return true;
          }
          window.localStorage.removeItem(backupKey);
          dirtySince.current = null;
          setState('saved');
          return true;
        }
        if (answer.error === 'conflict') {
          setConflict(answer.current ?? null);
          setState('conflict');
        } else if (answer.error === 'unauthenticated') {
          setErrors(['unauthenticated']);
          setState('signedOut');
        } else {
          setErrors(answer.error === 'invalid' && answer.issues?.length ? answer.issues : [answer.error]);
          setState('error');
        }
        return false;
      }
    })();
    inFlight.current = work;
    try {
      return await work;
    } finally {
      inFlight.current = null;
    }
  }, [backupKey, delayMs, enabled, schedule, writeBackup]);
  const runRef = useRef(run);
  runRef.current = run;

  /** A change typed into the form: kept in the browser at once, saved a moment later. */
  const change = useCallback(
    (patch: Partial<F>) => {
      const next = { ...latest.current.fields, ...patch };
      latest.current.fields = next;
      setFields(next);
      writeBackup(next, latest.current.base);
      if (latest.current.state !== 'conflict') {
        setState('dirty');
        dirtySince.current ??= Date.now();
        schedule(Date.now() - dirtySince.current >= maxWaitMs ? 0 : delayMs);
      }
    },
    [delayMs, maxWaitMs, schedule, writeBackup],
  );

  /** "Save" now (also before publishing): resolves true when the server has the text. */
  const saveNow = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    if (latest.current.state === 'saved' && !inFlight.current) return true;
    if (latest.current.state === 'conflict') return false;
    return run();
  }, [run]);

  /** Replaces the form's text and base (another person's version, the published text after a discard). */
  const reset = useCallback(
    (next: F, nextBase: number, at: string | null = null) => {
      clearTimeout(timer.current);
      latest.current = { fields: next, base: nextBase, state: 'saved' };
      setFields(next);
      setBase(nextBase);
      setConflict(null);
      setErrors([]);
      if (at) setSavedAt(at);
      setState('saved');
      window.localStorage.removeItem(backupKey);
    },
    [backupKey],
  );

  /** After a conflict: keep my text, saved over theirs (theirs stays in the history). */
  const overwrite = useCallback(
    (theirRevision: number) => {
      latest.current.base = theirRevision;
      setBase(theirRevision);
      setConflict(null);
      latest.current.state = 'dirty';
      setState('dirty');
      void run();
    },
    [run],
  );

  /** The server changed the revision without changing this text (submit, update, publish). */
  const rebase = useCallback((revision: number) => {
    latest.current.base = revision;
    setBase(revision);
  }, []);

  // Text from before a reload or a crash comes back from the browser, and is saved.
  useEffect(() => {
    if (!enabled) return;
    const raw = window.localStorage.getItem(backupKey);
    if (!raw) return;
    try {
      const backup = JSON.parse(raw) as Backup<F>;
      latest.current = { fields: backup.fields, base: backup.base, state: 'dirty' };
      setFields(backup.fields);
      setBase(backup.base);
      setState('dirty');
      setRestored(true);
      schedule(300);
    } catch {
      window.localStorage.removeItem(backupKey);
    }
  }, [backupKey, enabled, schedule]);

  // Back online, or back to this tab (perhaps signed in again elsewhere): try again at once.
  useEffect(() => {
    const retry = () => {
      const now = latest.current.state;
      if (now === 'offline' || now === 'signedOut' || (now === 'dirty' && !inFlight.current)) void runRef.current();
    };
    const visible = () => document.visibilityState === 'visible' && retry();
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (latest.current.state !== 'saved') e.preventDefault();
    };
    window.addEventListener('online', retry);
    window.addEventListener('focus', retry);
    document.addEventListener('visibilitychange', visible);
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('online', retry);
      window.removeEventListener('focus', retry);
      document.removeEventListener('visibilitychange', visible);
      window.removeEventListener('beforeunload', beforeUnload);
      clearTimeout(timer.current);
    };
  }, []);

  return { fields, base, state, savedAt, errors, conflict, restored, change, saveNow, reset, overwrite, rebase };
}

export type Autosave<F extends object> = ReturnType<typeof useAutosave<F>>;
