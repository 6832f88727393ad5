import { getTranslations } from 'next-intl/server';
import type { StoryAlternate } from '@/db/queries/articles';
import { localeNames, type Locale } from '@/i18n/locales';
import { paths } from '@/lib/paths';

type Props = { locale: Locale; alternates: StoryAlternate[] };

/** The 404 of a story that exists, but not in this language: links to the languages it is published in. */
export async function MissingStory({ locale, alternates }: Props) {
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return (
    <div className="not-found">
      <h1>{t('missingTitle')}</h1>
      <p>{t('missingText')}</p>
      <ul className="missing-story__links">
        {alternates.map((a) => (
          <li key={a.locale}>
            <a href={paths.story(a.locale, a.slug)} hrefLang={a.locale} lang={a.locale}>
              <span className="missing-story__language">{localeNames[a.locale]}:</span> {a.title}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
