import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getBreaking } from '@/db/queries/readership';
import type { Locale } from '@/i18n/locales';
import { paths } from '@/lib/paths';

/** Breaking news under the masthead, while an editor has it switched on. Static text: nothing scrolls or blinks. */
export async function BreakingTicker({ locale }: { locale: Locale }) {
  const [t, items] = await Promise.all([getTranslations({ locale, namespace: 'Breaking' }), getBreaking(locale)]);
  if (items.length === 0) return null;
  return (
    <section className="breaking" aria-labelledby="breaking-label">
      <div className="container breaking__inner">
        <h2 id="breaking-label" className="breaking__label">
          {t('label')}
        </h2>
        <ul className="breaking__items">
          {items.map((item) => (
            <li key={item.slug}>
              <Link href={paths.story(locale, item.slug)}>{item.title}</Link>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
