import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { RichText } from '@/components/rich-text';
import { SiteHeader } from '@/components/site-header';
import { StoryTime } from '@/components/story-time';
import { Typeset } from '@/components/typeset';
import { getPublicPage } from '@/db/queries/pages';
import type { Locale } from '@/i18n/locales';
import type { AgencyPageSlug } from '@/lib/agency-pages';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/paths';

type Props = { params: Promise<{ locale: Locale }> };

/**
 * One of the agency's pages (about, contacts…; lib/agency-pages.ts) as a route: each /{locale}/{slug} folder's
 * page.tsx is this, for its key. Rendered on its first request from a cached read and then served from the
 * cache until an admin saves it (cacheTags.agencyPage). A language the page is not written in answers the
 * localized 404; the language switcher leads to the languages it exists in (others to their home page), and its
 * hreflang alternates name exactly those.
 */
export function agencyPage(slug: AgencyPageSlug) {
  const languagesOf = (alternates: Locale[]) => Object.fromEntries(alternates.map((l) => [l, paths.agencyPage(l, slug)]));

  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const { locale } = await params;
    const page = await getPublicPage(locale, slug);
    if (!page) return { robots: { index: false } };
    const t = await getTranslations({ locale, namespace: 'Site' });
    return pageMetadata({ locale, title: page.title, description: page.description, languages: languagesOf(page.alternates), siteName: t('name') });
  }

  async function AgencyPage({ params }: Props) {
    const { locale } = await params;
    setRequestLocale(locale);
    const page = await getPublicPage(locale, slug);
    if (!page) notFound();
    const t = await getTranslations({ locale, namespace: 'AgencyPages' });
    return (
      <>
        <SiteHeader locale={locale} languages={languagesOf(page.alternates)} current={`page:${slug}`} />
        <main id="content" className="container agency-page">
          <article lang={page.locale}>
            <h1>
              <Typeset text={page.title} locale={page.locale} />
            </h1>
            <RichText doc={page.body} images={{}} locale={page.locale} />
            <p className="agency-page__updated">
              {t('updated')}: <StoryTime locale={locale} iso={page.updatedAt} />
            </p>
          </article>
        </main>
      </>
    );
  }

  return { generateMetadata, AgencyPage };
}
