import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { StoryArticle } from '@/components/story-article';
import { AccessDenied } from '@/db/queries/staff';
import { getStoryPreview } from '@/db/queries/stories';
import { isLocale, type Locale } from '@/i18n/locales';
import { parsePositiveInt } from '@/lib/paths';
import { signInFirst } from '../../../../sign-in-first';

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
  let story;
  try {
    story = await signInFirst(locale, getStoryPreview(id, lang));
  } catch (error) {
    if (!(error instanceof AccessDenied)) throw error;
    notFound();
  }
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
