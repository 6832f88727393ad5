import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { listCategories } from '@/db/queries/articles';
import type { Locale } from '@/i18n/locales';
import { paths } from '@/lib/paths';
import { BreakingTicker } from './breaking-ticker';
import { LanguageSwitcher, type LanguageLinks } from './language-switcher';
import { ThemeSwitch } from './theme-switch';

type Props = { locale: Locale; languages: LanguageLinks; current?: string };

/** The masthead: name, sections, and the language switcher for the page it sits on. */
export async function SiteHeader({ locale, languages, current }: Props) {
  const [t, tNav, categories] = await Promise.all([
    getTranslations({ locale, namespace: 'Site' }),
    getTranslations({ locale, namespace: 'Nav' }),
    listCategories(locale),
  ]);
  return (
    <header className="site-header">
      <div className="container masthead">
        <Link href={paths.home(locale)} className="logo" aria-label={t('homeLink')}>
          Bureau
        </Link>
        <p className="tagline">{t('tagline')}</p>
        <LanguageSwitcher locale={locale} links={languages} />
        <ThemeSwitch />
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
          <li className="sections__search">
            <Link href={paths.search(locale)} aria-current={current === 'search' ? 'page' : undefined}>
              {tNav('search')}
            </Link>
          </li>
        </ul>
      </nav>
      <BreakingTicker locale={locale} />
    </header>
  );
}
