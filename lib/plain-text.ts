/**
 * Control characters (NUL and the other C0 codes but tab and newlines, and DEL) never belong in what people
 * type: PostgreSQL refuses NUL in text outright (the request failed with a 503), and the others are invisible.
 */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const CONTROL = new RegExp(CONTROLS.source);

export function hasControlCharacters(text: string): boolean {
  return CONTROL.test(text);
}

/** A search or filter text without them: they can only be an accident or an attack, so they are dropped. */
export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROLS, '');
}

/**
 * True when a value (an action's input: strings, arrays, objects, FormData) holds a NUL anywhere, the one
 * character PostgreSQL cannot store. The others are left to the text: a pasted vertical tab (Word's line
 * break) must not make a whole save fail.
 */
export function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 32 || value === null || typeof value !== 'object') return false;
  if (typeof FormData !== 'undefined' && value instanceof FormData) {
    return [...value.entries()].some(([name, entry]) => name.includes('\u0000') || (typeof entry === 'string' ? entry : entry.name).includes('\u0000'));
  }
  return (Array.isArray(value) ? value : Object.values(value)).some((item) => containsNul(item, depth + 1));
}

/** The same value with control characters dropped from every string in it (form fields as an object). */
export function withoutControlCharactersDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return withoutControlCharacters(value);
  if (depth > 32 || value === null || typeof value !== 'object' || (typeof Blob !== 'undefined' && value instanceof Blob)) return value;
  if (Array.isArray(value)) return value.map((item) => withoutControlCharactersDeep(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutControlCharactersDeep(item, depth + 1)]));
}

/** Text for a LIKE/ILIKE pattern, taken literally: its %, _ and backslashes escaped. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
