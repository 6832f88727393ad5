/**
 * What happens at run time when a UI string is missing or empty in a language (issue 4, item 3).
 *
 * - Production: the Russian (source) text is shown instead, and the gap is logged once per key and language.
 *   The merge happens before next-intl sees the messages, so `getMessages()` and the subsets pages hand to
 *   `NextIntlClientProvider` are complete too (a client provider cannot be given functions from the server).
 *   An empty string counts as missing: next-intl would render it as nothing.
 * - Development and tests ("strict"): a language file that lacks a string, or has an empty one, fails loudly —
 *   the request configuration throws, naming every gap, and a message that cannot be found or formatted throws
 *   where it is used. `npm run i18n:check` finds the same problems before anything runs.
 *
 * Pure functions with no Next.js imports, so i18n/messages.test.ts runs them without a server.
 */
import type { IntlError } from 'next-intl';

export type MessageTree = { [key: string]: string | MessageTree };

const isTree = (value: unknown): value is MessageTree => typeof value === 'object' && value !== null && !Array.isArray(value);
const isBlank = (value: unknown) => typeof value === 'string' && value.trim() === '';

/**
 * Strict in development (`next dev`), in vitest (NODE_ENV=test) and wherever BUREAU_STRICT_MESSAGES=1 is set —
 * the e2e server sets it (playwright.config.ts), so a production build under test fails loudly too.
 * BUREAU_STRICT_MESSAGES=0 turns strictness off.
 */
export function isStrictMessages(env: Record<string, string | undefined> = process.env): boolean {
  if (env.BUREAU_STRICT_MESSAGES === '1') return true;
  if (env.BUREAU_STRICT_MESSAGES === '0') return false;
  return env.NODE_ENV === 'development' || env.NODE_ENV === 'test';
}

export type Gap = { key: string; reason: 'missing' | 'empty' };

/** Key paths where `source` has text and `target` has none (absent, empty or whitespace only, or not a string). */
export function findGaps(source: MessageTree, target: MessageTree | undefined, prefix = ''): Gap[] {
  const gaps: Gap[] = [];
  for (const [key, value] of Object.entries(source)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const other = target?.[key];
    if (isTree(value)) gaps.push(...findGaps(value, isTree(other) ? other : undefined, path));
    else if (isBlank(other)) gaps.push({ key: path, reason: 'empty' });
    else if (typeof other !== 'string') gaps.push({ key: path, reason: 'missing' });
  }
  return gaps;
}

/**
 * `target` with every missing or empty string taken from `source`. Strings only `target` has are kept; an empty
 * string with no source text is dropped, so next-intl reports it as missing (and the fallback below applies)
 * instead of rendering nothing.
 */
export function mergeWithSource(source: MessageTree, target: MessageTree | undefined): MessageTree {
  const merged: MessageTree = {};
  for (const [key, value] of Object.entries(target ?? {})) {
    if (isTree(value)) merged[key] = mergeWithSource(isTree(source[key]) ? source[key] : {}, value);
    else if (typeof value === 'string' && !isBlank(value)) merged[key] = value;
  }
  for (const [key, value] of Object.entries(source)) {
    const own = merged[key];
    if (isTree(value)) merged[key] = isTree(own) ? mergeWithSource(value, own) : mergeWithSource(value, undefined);
    else if (own === undefined && !isBlank(value)) merged[key] = value;
  }
  return merged;
}

/** The string at a dotted path, if there is one. */
export function messageAt(tree: MessageTree, path: string): string | undefined {
  let node: string | MessageTree | undefined = tree;
  for (const part of path.split('.')) {
    if (!isTree(node)) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Shown when not even the source language has the string: visible, and never a raw key path. */
export const LAST_RESORT_TEXT = '…';

/** The errors that mean a UI string is wrong or absent (the others are about the environment, e.g. no `now`). */
const MESSAGE_ERRORS = new Set(['MISSING_MESSAGE', 'INVALID_MESSAGE', 'INVALID_KEY', 'INSUFFICIENT_PATH', 'FORMATTING_ERROR', 'MISSING_FORMAT']);

export class MissingMessagesError extends Error {
  constructor(
    readonly locale: string,
    readonly gaps: Gap[],
  ) {
    super(
      `messages/${locale}.json has no text for ${gaps.length} string(s) that the source has:\n` +
        gaps.map((g) => `  ${g.key} (${g.reason})`).join('\n') +
        '\nTranslate them (npm run i18n:check lists every problem; see TRANSLATING.md). This fails loudly in development ' +
        'and tests only (BUREAU_STRICT_MESSAGES); in production the source text is shown and the gap is logged.',
    );
    this.name = 'MissingMessagesError';
  }
}

/** Remembers what was logged, so each gap is logged once per process. */
const loggedOnce = new Set<string>();

type Log = (message: string) => void;

export type MessageHandlingInput = {
  locale: string;
  sourceLocale: string;
  /** The source language's messages (ru.json). */
  source: MessageTree;
  /** The requested language's messages. */
  messages: MessageTree;
  strict: boolean;
  log?: Log;
  /** Tests pass their own, to see what would be logged in a fresh process. */
  logged?: Set<string>;
};

/**
 * The `messages`, `onError` and `getMessageFallback` for next-intl's request configuration (i18n/request.ts).
 * Throws MissingMessagesError in strict mode when the requested language lacks a string or has an empty one.
 */
export function messageHandling({ locale, sourceLocale, source, messages, strict, log = console.error, logged = loggedOnce }: MessageHandlingInput) {
  const logOnce = (id: string, text: string) => {
    if (logged.has(id)) return;
    logged.add(id);
    log(text);
  };

  if (strict) {
    const gaps = findGaps(source, messages);
    if (gaps.length > 0) throw new MissingMessagesError(locale, gaps);
    return {
      messages,
      onError(error: IntlError) {
        if (MESSAGE_ERRORS.has(error.code)) throw error;
        logOnce(`${locale}|${error.code}|${error.message}`, `[i18n] ${error.message}`);
      },
      getMessageFallback: ({ namespace, key }: { error: IntlError; key: string; namespace?: string }) => [namespace, key].filter(Boolean).join('.'),
    };
  }

  for (const gap of findGaps(source, messages)) {
    logOnce(
      `${locale}|${gap.key}`,
      `[i18n] messages/${locale}.json: ${gap.key} is ${gap.reason === 'empty' ? 'empty' : 'missing'}; showing the ${sourceLocale} text instead (npm run i18n:check)`,
    );
  }
  return {
    messages: mergeWithSource(source, messages),
    onError(error: IntlError) {
      // The message names the key (and the language), so this logs once per key and language.
      logOnce(`${locale}|${error.code}|${error.message}`, `[i18n] ${locale}: ${error.code}: ${error.message}`);
    },
    /** Reached only when a string is missing from the source too, or cannot be formatted: the source text, never a key path. */
    getMessageFallback({ namespace, key }: { error: IntlError; key: string; namespace?: string }) {
      const text = messageAt(source, [namespace, key].filter(Boolean).join('.'));
      return text && !isBlank(text) ? text : LAST_RESORT_TEXT;
    },
  };
}
