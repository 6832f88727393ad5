import { getTranslations } from 'next-intl/server';
import { localeNames, locales, type Locale } from '@/i18n/locales';
import { paths } from '@/lib/paths';

/**
 * Where each language's version of the current page is; a language without one links to its home page. A link
 * marked `unpublished` goes to the page that says the story is not published in that language, and says so here.
 */
export type LanguageLinks = Partial<Record<Locale, string | { href: string; unpublished: true }>>;

type Props = { locale: Locale; links: LanguageLinks };

/**
 * The language's own name; on a phone's masthead its code instead (RU AZ EN, CSS), the name staying the link's
 * accessible name (the code is hidden from screen readers).
 */
function Name({ locale }: { locale: Locale }) {
  return (
    <>
      <span className="language-switcher__name">{localeNames[locale]}</span>
      <span className="language-switcher__code" aria-hidden="true">
        {locale.toUpperCase()}
      </span>
    </>
  );
}

export async function LanguageSwitcher({ locale, links }: Props) {
  const t = await getTranslations({ locale, namespace: 'LanguageSwitcher' });
  return (
    <nav className="language-switcher" aria-label={t('label')}>
      <ul>
        {locales.map((other) =>
          other === locale ? (
            <li key={other}>
              <span aria-current="true" lang={other} title={t('current', { language: localeNames[other] })}>
                <Name locale={other} />
              </span>
            </li>
          ) : (
            <li key={other}>
              {/* A plain anchor: switching language loads the other language's document, <html lang> included. */}
              {typeof links[other] === 'object' ? (
                <a href={links[other].href} hrefLang={other} className="language-switcher__unpublished" title={t('unpublished', { language: localeNames[other] })}>
                  <span lang={other}>
                    <Name locale={other} />
                  </span>
                  <span className="visually-hidden"> ({t('unpublishedHere')})</span>
                </a>
              ) : (
                <a href={links[other] ?? paths.home(other)} hrefLang={other} lang={other}>
                  <Name locale={other} />
                </a>
              )}
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}
