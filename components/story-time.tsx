import { getFormatter } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';

type Props = { locale: Locale; iso: string; withDate?: boolean; className?: string };

/**
 * A date and time in the newsroom's time zone (set in i18n/request.ts). Date and time are formatted
 * separately: Azerbaijani's combined long format reads "15 yanvar 2025/13:30" (measured with Node 20's ICU).
 */
export async function StoryTime({ locale, iso, withDate = true, className }: Props) {
  const format = await getFormatter({ locale });
  const date = new Date(iso);
  const time = format.dateTime(date, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const day = format.dateTime(date, { day: 'numeric', month: 'long', year: 'numeric' });
  return (
    <time dateTime={iso} className={className}>
      {withDate ? `${day}, ${time}` : time}
    </time>
  );
}
