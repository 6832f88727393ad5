import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getMostRead } from '@/db/queries/readership';
import type { Locale } from '@/i18n/locales';
import { paths } from '@/lib/paths';

/** "Most read" over the last day and week, in the page's language; nothing while nobody has read anything. */
export async function MostRead({ locale }: { locale: Locale }) {
  const [t, day, week] = await Promise.all([getTranslations({ locale, namespace: 'MostRead' }), getMostRead(locale, 1), getMostRead(locale, 7)]);
  if (day.length === 0 && week.length === 0) return null;
  const list = (id: string, title: string, items: typeof day) =>
    items.length ? (
      <div className="most-read__list">
        <h3 id={id}>{title}</h3>
        <ol aria-labelledby={id}>
          {items.map((item) => (
            <li key={item.slug}>
              <Link href={paths.story(locale, item.slug)}>{item.title}</Link>
            </li>
          ))}
        </ol>
      </div>
    ) : null;
  return (
    <section aria-labelledby="most-read" className="home__section most-read">
      <h2 id="most-read">{t('title')}</h2>
      <div className="most-read__lists">
        {list('most-read-day', t('day'), day)}
        {list('most-read-week', t('week'), week)}
      </div>
    </section>
  );
}
