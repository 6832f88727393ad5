import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { StoryArticle } from '@/components/story-article';
import { getStoryPreview } from '@/db/queries/stories';
import { isLocale, type Locale } from '@/i18n/locales';
import { parsePositiveInt } from '@/lib/paths';
import { readOrRefuse } from '../../../../newsroom-action';

type Props = { params: Promise<{ locale: Locale; id: string; lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'Editor' }))('preview'), robots: { index: false } };
}

/** A variant exactly as readers will see it (the same component as the story page), whatever its status. */
export default async function PreviewPage({ params }: Props) {
  const { locale, id: rawId, lang } = await params;
  setRequestLocale(locale);
  const id = parsePositiveInt(rawId);
  if (id === null || !isLocale(lang)) notFound();
  const read = await readOrRefuse(locale, `/${locale}/dashboard/stories/${id}/preview/${lang}`, () => getStoryPreview(id, lang));
  const story = read.data;
  if (!story) notFound();
  const t = await getTranslations({ locale, namespace: 'Editor' });
  return (
    <main id="content" className="container">
      <p className="preview-banner" role="note">
        {t('preview')}
      </p>
      {/* The story is in its own language, whatever the dashboard's. */}
      <div lang={lang}>
        <StoryArticle locale={lang} story={story} />
      </div>
    </main>
  );
}
