import { useTranslations } from 'next-intl';
import type { MediaUsage } from '@/db/queries/media';
import type { Locale } from '@/i18n/locales';

type Props = { usage: MediaUsage[]; locale: Locale; /** Whether to say why there is no "Delete" (for those who could delete it otherwise). */ explain: boolean };

/**
 * The stories that use a photo, each a link to its editor with how it uses the photo (cover, exhibition, text).
 * Rendered by the photo's page, and by the delete button when the photo came into use meanwhile.
 */
export function UsedIn({ usage, locale, explain }: Props) {
  const t = useTranslations('Media.delete');
  return (
    <section className="media-usage" aria-labelledby="media-usage-title">
      <h2 id="media-usage-title">{t('usedIn')}</h2>
      {explain ? <p className="form__note">{t('usedNote')}</p> : null}
      <ul className="media-usage__list">
        {usage.map((story) => (
          <li key={story.id}>
            <a href={`/${locale}/dashboard/stories/${story.id}`} lang={story.titleLocale}>
              {story.title}
            </a>{' '}
            <span className="form__note">({story.uses.map((use) => t(`uses.${use}`)).join(', ')})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
