/**
 * Keyset-pagination cursors for reader listings: a story's publication time (microseconds since 1970, as stored
 * by PostgreSQL) and its id, written compactly in base 36 ("mf2k3x9q1c-7ps") so it can sit in a URL path
 * (/ru/category/culture/older/<cursor>). Listings show the stories strictly older than the cursor.
 *
 * Parsing is strict: anything that is not exactly what encodeCursor writes (leading zeros, upper case, a time
 * outside 2000 to ten years ahead, an id out of range) is null, so the page answers 404 rather than guessing.
 */
import { MAX_ROW_ID } from './ids';

export type Cursor = {
  /** Microseconds since the epoch, as a decimal string (beyond Number's exact range for timestamps). */
  micros: string;
  id: number;
};

const PATTERN = /^[1-9a-z][0-9a-z]{0,11}-[1-9a-z][0-9a-z]{0,5}$/;
const MIN_MICROS = 946_684_800_000_000n; // 2000-01-01
const MAX_ID = MAX_ROW_ID;

export function encodeCursor(cursor: Cursor): string {
  return `${BigInt(cursor.micros).toString(36)}-${cursor.id.toString(36)}`;
}

function parseBase36(text: string): bigint {
  let value = 0n;
  for (const char of text) value = value * 36n + BigInt(parseInt(char, 36));
  return value;
}

export function parseCursor(value: string | undefined | null, now = Date.now()): Cursor | null {
  if (typeof value !== 'string' || !PATTERN.test(value)) return null;
  const [timePart, idPart] = value.split('-') as [string, string];
  const micros = parseBase36(timePart);
  const id = Number(parseBase36(idPart));
  const max = BigInt(now + 10 * 365 * 86_400_000) * 1000n;
  if (micros < MIN_MICROS || micros > max || !Number.isSafeInteger(id) || id < 1 || id > MAX_ID) return null;
  return { micros: micros.toString(), id };
}

/** The cursor's time as an ISO 8601 string with microseconds, exact for PostgreSQL's timestamptz. */
export function cursorTimestamp(cursor: Cursor): string {
  const micros = BigInt(cursor.micros);
  const ms = Number(micros / 1000n);
  const fraction = String(micros % 1_000_000n).padStart(6, '0');
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, `.${fraction}Z`);
}
