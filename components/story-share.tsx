import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { shareLinks, type ShareTarget } from '@/lib/share-links';
import { ShareButton } from './share-button';

type Props = { locale: Locale; url: string; title: string };

/** The platforms' own names, the same in every language. */
const brands: Record<Exclude<ShareTarget, 'email'>, string> = { facebook: 'Facebook', x: 'X', telegram: 'Telegram', whatsapp: 'WhatsApp' };

/** Share buttons: plain links to the platforms' share pages (no third-party script), and the Web Share button. */
export async function StoryShare({ locale, url, title }: Props) {
  const t = await getTranslations({ locale, namespace: 'Share' });
  return (
    <section className="share" aria-label={t('label')}>
      <ul className="share__list">
        <li>
          <ShareButton url={url} title={title} labels={{ share: t('share'), copied: t('copied'), failed: t('copyFailed') }} />
        </li>
        {shareLinks(url, title).map(({ target, href }) => (
          <li key={target}>
            {target === 'email' ? (
              <a className="share__link" href={href} data-share={target}>
                {t('email')}
              </a>
            ) : (
              <a className="share__link" href={href} data-share={target} target="_blank" rel="noopener noreferrer">
                {brands[target]}
                <span className="visually-hidden"> {t('newTab')}</span>
              </a>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
