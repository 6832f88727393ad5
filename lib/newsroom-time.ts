/**
 * Newsroom times: what an editor types into a date-and-time field means the newsroom's clock
 * (BUREAU_TIME_ZONE), whatever time zone their browser or the server is in, and it is shown back the same way,
 * with the zone named ("Asia/Baku, UTC+4").
 */

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The zone's offset from UTC at an instant, in minutes (Asia/Baku: 240). */
export function zoneOffsetMinutes(timeZone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant a wall-clock time ("2026-12-03T10:00", as a datetime-local field gives it) stands for in
 * `timeZone`; null for anything else, including dates that do not exist (31 February). A time skipped by a
 * daylight-saving change is moved forward by the change, as clocks do.
 */
export function instantFromNewsroomTime(local: string, timeZone: string): Date | null {
  const m = LOCAL.exec(local);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null;
  // Two passes: the offset at the first guess may differ from the offset at the answer (near a change).
  let instant = wall - zoneOffsetMinutes(timeZone, new Date(wall)) * 60_000;
  instant = wall - zoneOffsetMinutes(timeZone, new Date(instant)) * 60_000;
  return new Date(instant);
}

/** The wall-clock time of an instant in `timeZone`, as a datetime-local field's value ("2026-12-03T10:00"). */
export function newsroomTimeOf(at: Date, timeZone: string): string {
  const shifted = new Date(at.getTime() + zoneOffsetMinutes(timeZone, at) * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/** "Asia/Baku, UTC+4" (or "UTC+5:30"): the zone as the scheduling form names it. */
export function zoneLabel(timeZone: string, at = new Date()): string {
  const offset = zoneOffsetMinutes(timeZone, at);
  const sign = offset < 0 ? '−' : '+';
  const hours = Math.floor(Math.abs(offset) / 60);
  const minutes = Math.abs(offset) % 60;
  return `${timeZone}, UTC${offset === 0 ? '+0' : `${sign}${hours}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`}`;
}
