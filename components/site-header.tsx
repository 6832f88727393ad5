import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { listCategories } from '@/db/queries/articles';
import type { Locale } from '@/i18n/locales';
import { newsroomTimeZone } from '@/lib/config';
import { dayKey } from '@/lib/day-key';
import { paths } from '@/lib/paths';
import { BreakingTicker } from './breaking-ticker';
import { HeaderDate } from './header-date';
import { HeaderSearch } from './header-search';
import { LanguageSwitcher, type LanguageLinks } from './language-switcher';
import { ThemeSwitch } from './theme-switch';

type Props = { locale: Locale; languages: LanguageLinks; current?: string };

/**
 * The masthead: name, today's date, search, the language switcher for the page it sits on and the theme button;
 * under it the sections. On a phone the name, the search icon and the theme button share the first row, the date
 * and the languages the second.
 */
export async function SiteHeader({ locale, languages, current }: Props) {
  const [t, tNav, format, categories] = await Promise.all([
    getTranslations({ locale, namespace: 'Site' }),
    getTranslations({ locale, namespace: 'Nav' }),
    getFormatter({ locale }),
    listCategories(locale),
  ]);
  const now = new Date();
  const tomorrow = new Date(now.getTime() + 86_400_000);
  const day = (at: Date) => ({ key: dayKey(newsroomTimeZone, at), text: format.dateTime(at, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }) });
  return (
    <header className="site-header">
      <div className="container masthead">
        <Link href={paths.home(locale)} className="logo" aria-label={t('homeLink')}>
          Bureau
        </Link>
        <div className="masthead__line">
          <HeaderDate days={[day(now), day(tomorrow)]} timeZone={newsroomTimeZone} />
          <p className="tagline">{t('tagline')}</p>
        </div>
        <div className="masthead__tools">
          <HeaderSearch locale={locale} />
          <LanguageSwitcher locale={locale} links={languages} />
          <ThemeSwitch />
        </div>
      </div>
      <nav className="sections" aria-label={tNav('label')}>
        <ul className="container">
          <li>
            <Link href={paths.news(locale)} aria-current={current === 'news' ? 'page' : undefined}>
              {tNav('news')}
            </Link>
          </li>
          {categories.map((category) => (
            <li key={category.slug}>
              <Link
                href={paths.category(locale, category.slug)}
                aria-current={current === `category:${category.slug}` ? 'page' : undefined}
              >
                {category.name}
              </Link>
            </li>
          ))}
          <li>
            <Link href={paths.exhibitions(locale)} aria-current={current === 'photo' ? 'page' : undefined}>
              {tNav('photo')}
            </Link>
          </li>
        </ul>
      </nav>
      <BreakingTicker locale={locale} />
    </header>
  );
}
