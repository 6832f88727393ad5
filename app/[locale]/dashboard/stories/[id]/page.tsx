import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { NextIntlClientProvider } from 'next-intl';
import { getExhibition } from '@/db/queries/exhibitions';
import { getHomePin } from '@/db/queries/front-page';
import { getBreakingUntil } from '@/db/queries/readership';
import { getStorySettings } from '@/db/queries/story-settings';
import { getStoryForEditing } from '@/db/queries/stories';
import type { Locale } from '@/i18n/locales';
import { parsePositiveInt } from '@/lib/paths';
import { newsroomTimeZone } from '@/lib/config';
import { zoneLabel } from '@/lib/newsroom-time';
import { readOrRefuse } from '../../newsroom-action';
import { searchLibraryAction } from '../../media/actions';
import { BreakingControl } from './breaking-control';
import { HomePinControl } from './home-pin-control';
import { DeleteStory } from './delete-story';
import { StoryWorkspace } from './story-workspace';

type Props = { params: Promise<{ locale: Locale; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'Dashboard' }))('stories') };
}

export default async function EditStoryPage({ params }: Props) {
  const { locale, id: rawId } = await params;
  setRequestLocale(locale);
  const id = parsePositiveInt(rawId);
  if (id === null) notFound();
  const [tDashboard, messages] = await Promise.all([getTranslations({ locale, namespace: 'Dashboard' }), getMessages({ locale })]);
  const read = await readOrRefuse(locale, `/${locale}/dashboard/stories/${id}`, () => Promise.all([getStoryForEditing(id), getExhibition(id), getBreakingUntil(id), getStorySettings(id, locale), getHomePin(id)]));
  if (read.refused) {
    return (
      <main id="content" className="container dashboard">
        <p className="form__error" role="alert">{tDashboard('forbidden')}</p>
      </main>
    );
  }
  const [story, exhibition, breakingUntil, settings, homePinnedAt] = read.data;
  if (!story || !exhibition || !settings) notFound();
  return (
    <main id="content" className="container dashboard">
      <h1 className="visually-hidden">{story.variants[locale]?.title ?? story.variants.ru?.title}</h1>
      <NextIntlClientProvider messages={{ Newsroom: messages.Newsroom, Editor: messages.Editor, Settings: messages.Settings, Dashboard: messages.Dashboard, Media: messages.Media, Exhibition: messages.Exhibition, Breaking: messages.Breaking, FrontPage: messages.FrontPage }}>
        <StoryWorkspace
          story={story}
          exhibition={exhibition}
          settings={settings}
          locale={locale}
          search={searchLibraryAction}
          zone={{ name: newsroomTimeZone, label: zoneLabel(newsroomTimeZone) }}
          canUpload={exhibition.canArrange}
          breaking={
            story.can.publish ? (
              <>
                <HomePinControl storyId={story.id} pinnedAt={homePinnedAt} />
                <BreakingControl storyId={story.id} until={breakingUntil ?? null} />
              </>
            ) : null
          }
          // Admins and editors (exactly those who may publish) may delete; deleteStory checks again.
          danger={story.can.publish ? <DeleteStory id={story.id} locale={locale} /> : null}
        />
      </NextIntlClientProvider>
    </main>
  );
}
