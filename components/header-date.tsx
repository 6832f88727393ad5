'use client';

import { useSyncExternalStore } from 'react';
import { dayKey } from '@/lib/day-key';

type Day = { key: string; text: string };
type Props = { days: [Day, Day]; timeZone: string };

const never = () => () => {};

/**
 * The masthead's date. The page is cached (until a publish, at most an hour), so it may have been rendered the
 * day before: the server renders today and tomorrow, and the browser shows the one that is today in the newsroom's
 * time zone (written by the server: browsers lack some languages' date names, Chromium has no Azerbaijani). Any
 * other day (a clock far off) shows nothing rather than a wrong date. Without JavaScript, the rendered day.
 */
export function HeaderDate({ days, timeZone }: Props) {
  const today = useSyncExternalStore(never, () => dayKey(timeZone), () => days[0].key);
  const day = days.find((d) => d.key === today);
  return day ? (
    <time className="masthead__date" dateTime={day.key}>
      {day.text}
    </time>
  ) : null;
}
