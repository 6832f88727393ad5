/** A day in `timeZone` as YYYY-MM-DD (en-CA writes it so, and every browser has en-CA). Safe for client components. */
export function dayKey(timeZone: string, at = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
