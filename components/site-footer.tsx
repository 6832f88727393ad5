import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { listCategories } from '@/db/queries/articles';
import { getPageLinks } from '@/db/queries/pages';
import type { Locale } from '@/i18n/locales';
import { newsroomTimeZone, socialLinks } from '@/lib/config';
import { feedPaths } from '@/lib/feed-xml';
import { paths } from '@/lib/paths';

type Props = { locale: Locale };

/**
 * The footer of every page: the sections, the agency's pages written in this language (db/queries/pages.ts), the
 * feeds, and the agency's social profiles from BUREAU_SOCIAL_LINKS (none without it). Each group is a <nav> named
 * by its heading, none named like the masthead's sections ("Разделы"), so each landmark has a name of its own. The lists come from cached reads: categories (taxonomy) and the page list, which only a page's
 * creation expires, so an admin's saves do not expire every page's footer.
 */
export async function SiteFooter({ locale }: Props) {
  const [t, tNav, tArchive, tPages, categories, pages] = await Promise.all([
    getTranslations({ locale, namespace: 'Footer' }),
    getTranslations({ locale, namespace: 'Nav' }),
    getTranslations({ locale, namespace: 'Archive' }),
    getTranslations({ locale, namespace: 'AgencyPages' }),
    listCategories(locale),
    getPageLinks(locale),
  ]);
  const social = socialLinks.links;
  return (
    <footer className="site-footer">
      <div className="container site-footer__groups">
        <nav aria-labelledby="footer-sections" className="site-footer__group">
          <h2 id="footer-sections">{t('sections')}</h2>
          <ul>
            <li>
              <Link href={paths.news(locale)}>{tNav('news')}</Link>
            </li>
            {categories.map((c) => (
              <li key={c.slug}>
                <Link href={paths.category(locale, c.slug)}>{c.name}</Link>
              </li>
            ))}
            <li>
              <Link href={paths.exhibitions(locale)}>{tNav('photo')}</Link>
            </li>
            <li>
              <Link href={paths.archive(locale)}>{tArchive('title')}</Link>
            </li>
          </ul>
        </nav>
        {pages.length > 0 ? (
          <nav aria-labelledby="footer-agency" className="site-footer__group">
            <h2 id="footer-agency">{t('agency')}</h2>
            <ul>
              {pages.map((slug) => (
                <li key={slug}>
                  <Link href={paths.agencyPage(locale, slug)}>{tPages(`names.${slug}`)}</Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <nav aria-labelledby="footer-feeds" className="site-footer__group">
          <h2 id="footer-feeds">{t('feeds')}</h2>
          <ul>
            <li>
              <a href={feedPaths.rss(locale)} type="application/rss+xml">
                {t('rssAll')}
              </a>
            </li>
            {categories.map((c) => (
              <li key={c.slug}>
                <a href={feedPaths.categoryRss(locale, c.slug)} type="application/rss+xml">
                  {t('rssSection', { section: c.name })}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {social.length > 0 ? (
          <nav aria-labelledby="footer-social" className="site-footer__group">
            <h2 id="footer-social">{t('social')}</h2>
            <ul>
              {social.map((link) => (
                <li key={link.href}>
                  {/* The accessible name holds the visible one (WCAG 2.5.3) and says whose profile it is. */}
                  <a href={link.href} rel="me noopener" aria-label={t('socialLink', { network: link.name })}>
                    {link.name}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </div>
      <div className="container site-footer__fine">
        <p>{t('about')}</p>
        <p>{t('timeZone', { zone: newsroomTimeZone })}</p>
        <p>{t('copyright', { year: new Date().getFullYear() })}</p>
      </div>
    </footer>
  );
}
