import { revalidatePath, updateTag } from 'next/cache';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { isDatabaseUnavailable } from '@/db/client';
import { AccessDenied } from '@/db/queries/staff';
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales';
import { containsNul, withoutControlCharactersDeep } from '@/lib/plain-text';

/**
 * The newsroom's one write path. Every dashboard server action is one of these two wrappers around one
 * data-layer call:
 *
 *   input ──zod──> data layer (checks the caller, writes the change and its audit row in one transaction)
 *         ──> expires the cache tags it returns (readers see the change at once) ──> a typed result
 *
 * Every way to be refused becomes a result in one place, never an exception or an error page: `unauthenticated`
 * (the session ended: the form keeps the text, and offers to sign in again), `forbidden` (the role may not),
 * `invalid` (the input did not parse; `issues` are message keys), `unavailable` (the database is unreachable: nothing
 * was written, and the autosave tries again by itself). Forms translate every error code with
 * useActionMessage (action-message.tsx).
 */

export type Refusal = { ok: false; error: 'unauthenticated' | 'forbidden' | 'invalid' | 'controlCharacters' | 'unavailable'; issues?: string[] };
/** What a data-layer write returns: `revalidate` holds the cache tags of the pages it changed. */
type Written = { ok: boolean; revalidate?: string[] };
/** The result without the tags, which are for the server only. */
export type Answer<R> = R extends unknown ? Omit<R, 'revalidate'> : never;

type Options = {
  /** Dashboard screens that show what changed, re-rendered at once (e.g. '/[locale]/dashboard/categories'). */
  screens?: string[];
};

/** The refusal an error stands for, or null for any other error (which is a bug, and propagates). */
function refusalOf(error: unknown): Refusal | null {
  if (error instanceof AccessDenied) return { ok: false, error: error.reason };
  // The database is away (an outage, a restart): nothing was written; the form keeps the text and may try again.
  if (isDatabaseUnavailable(error)) return { ok: false, error: 'unavailable' };
  return null;
}

/** zod issues as message keys: the schemas' messages are keys under the form's namespace. */
function issueKeys(error: z.ZodError): string[] {
  return [...new Set(error.issues.map((i) => (/^[a-zA-Z]+$/.test(i.message) ? i.message : 'invalid')))];
}

async function settle<R extends Written>(call: () => Promise<R>, options: Options): Promise<Answer<R> | Refusal> {
  let result: R;
  try {
    result = await call();
  } catch (error) {
    const refusal = refusalOf(error);
    if (refusal) return refusal;
    throw error;
  }
  if (result.ok) {
    for (const tag of result.revalidate ?? []) updateTag(tag);
    for (const screen of options.screens ?? []) revalidatePath(screen, 'page');
  }
  const { revalidate: _tags, ...answer } = result;
  return answer as Answer<R>;
}

/**
 * An action called from a client component with one argument (an object), e.g. the story editor's autosave:
 * `export const saveVariantAction = newsroomAction(saveInput, (i) => saveVariant(i.id, i.locale, i.text, i.base))`.
 */
export function newsroomAction<S extends z.ZodType, R extends Written>(input: S, call: (data: z.output<S>) => Promise<R>, options: Options = {}) {
  return async (raw: z.input<S>): Promise<Answer<R> | Refusal> => {
    if (containsNul(raw)) return { ok: false, error: 'controlCharacters' };
    const parsed = input.safeParse(raw);
    if (!parsed.success) return { ok: false, error: 'invalid', issues: issueKeys(parsed.error) };
    return settle(() => call(parsed.data), options);
  };
}

type FormSpec<S extends z.ZodType, R extends Written, State> = Options & {
  /** The form's fields as the object `input` parses (FormData values are strings or files). */
  fields: (form: FormData) => unknown;
  input: S;
  call: (data: z.output<S>) => Promise<R>;
  /**
   * The form's next state, from the answer; `values` is what was typed (when it parsed), to put back after an
   * error. It may redirect (e.g. to the list after a deletion).
   */
  state: (answer: Answer<R> | Refusal, values: z.output<S> | null, locale: Locale) => State | Promise<State>;
};

/**
 * A form action for useActionState, bound to the page's language: `action={dispatch}` with
 * `useActionState(createCategoryAction.bind(null, locale), {})`. Works without JavaScript as well.
 */
export function newsroomFormAction<S extends z.ZodType, R extends Written, State>(spec: FormSpec<S, R, State>) {
  return async (locale: Locale, _previous: State, form: FormData): Promise<State> => {
    const language = isLocale(locale) ? locale : defaultLocale;
    // A hand-made request may send anything in place of the form: it is refused as invalid, not a 500.
    if (!(form instanceof FormData)) return spec.state({ ok: false, error: 'invalid', issues: ['invalid'] }, null, language);
    // A NUL (pasted by accident, or sent by hand) is refused, as PostgreSQL would refuse it; the form gets back
    // what was typed without control characters, to check and send again.
    if (containsNul(form)) {
      const cleaned = spec.input.safeParse(withoutControlCharactersDeep(spec.fields(form)));
      return spec.state({ ok: false, error: 'controlCharacters' }, cleaned.success ? cleaned.data : null, language);
    }
    const parsed = spec.input.safeParse(spec.fields(form));
    if (!parsed.success) return spec.state({ ok: false, error: 'invalid', issues: issueKeys(parsed.error) }, null, language);
    const answer = await settle(() => spec.call(parsed.data), spec);
    return spec.state(answer, parsed.data, language);
  };
}

/**
 * For pages: awaits a guarded read. A caller whose session ended goes to the sign-in page (coming back here
 * after); one whose role may not read it gets `{ refused: 'forbidden' }`, for the page to say so in its frame.
 */
export async function readOrRefuse<T>(locale: Locale, back: string, read: () => Promise<T>): Promise<{ data: T; refused?: never } | { refused: 'forbidden'; data?: never }> {
  try {
    return { data: await read() };
  } catch (error) {
    const refusal = refusalOf(error);
    if (refusal?.error === 'unauthenticated') redirect(`/${locale}/login?next=${encodeURIComponent(back)}`);
    if (refusal) return { refused: 'forbidden' };
    throw error;
  }
}

/** For pages whose read every role may make: only a session that ended is possible, and goes to sign in. */
export async function readSignedIn<T>(locale: Locale, back: string, read: () => Promise<T>): Promise<T> {
  const result = await readOrRefuse(locale, back, read);
  if (result.refused) throw new Error(`Refused a read every role may make (${back})`);
  return result.data;
}

/** For route handlers: the HTTP answer to a refusal, or null for any other error. */
export function refusalResponse(error: unknown): Response | null {
  const refusal = refusalOf(error);
  if (!refusal) return null;
  return Response.json(refusal, { status: refusal.error === 'unauthenticated' ? 401 : 403 });
}
