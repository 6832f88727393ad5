/**
 * The access matrix: every data-layer function the newsroom's pages, server actions and route handlers call,
 * run as anonymous and as each role with real sessions, is allowed or refused exactly as intended. Calls use
 * harmless arguments (unknown ids, refused input, a fixture story) so "allowed" means "got past the guard".
 *
 * The last test reads app/ and fails when a dashboard page, action or route handler calls a data-layer
 * function that is not in this matrix: a new action cannot ship without its row here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessOutcome, as, signedInAccount, type TestAccount } from '../test-sessions';
import { createCategory, deleteCategory, listCategoriesForEditing, renameCategory } from './categories';
import { listDashboardStories, listStaff, listStoryFilterOptions, storyFiltersSchema } from './dashboard';
import { arrangeExhibition, getExhibition } from './exhibitions';
import { assertMayUpload, deleteMedia, describeMedia, getMediaForEditing, listMedia, listMediaUsage, uploadMedia } from './media';
import { currentStaff, requireStaff } from './staff';
import { createStory, deleteStory, getRevision, getStoryForEditing, getStoryPreview, listCategoryChoices, listRevisions, restoreRevision, saveVariant } from './stories';
import { scheduleVariant, setVariantStatus } from './publishing';
import { getStorySettings, searchTags, updateStorySettings } from './story-settings';
import { getBreakingUntil, setBreaking } from './readership';
import { getHomePin, setHomePin } from './front-page';
import { getPageForEditing, getPageRevision, listPageRevisions, listPagesForEditing, restorePageRevision, savePage } from './pages';
import { boardFiltersSchema, getTranslationWork, listTranslationBoard, markTranslationReviewed, saveTranslation } from './translations';
import { changeOwnPassword, createStaffAccount, disableStaff, enableStaff, listAuditLog, setStaffRole, setTranslatorLanguages } from './users';

type Caller = 'anonymous' | 'admin' | 'editor' | 'reporter' | 'translator';
type Outcome = 'allowed' | 'unauthenticated' | 'forbidden';
const callers: Caller[] = ['anonymous', 'admin', 'editor', 'reporter', 'translator'];

let accounts: Record<Exclude<Caller, 'anonymous'>, TestAccount>;
/** A draft story written by the editor: reporters may not touch it, translators may translate it. */
let story = 0;
/** Its first revision (restoring it is an ordinary save for those who may edit the Russian text). */
let firstRevision = 0;
const NOWHERE = 2_000_000_000;

beforeAll(async () => {
  const [admin, editor, reporter, translator] = await Promise.all([
    signedInAccount('admin'),
    signedInAccount('editor'),
    signedInAccount('reporter'),
    signedInAccount('translator', ['az']),
  ]);
  accounts = { admin, editor, reporter, translator };
  const created = await as(editor, () => createStory({ category: 'society', title: 'Матрица доступа' }));
  if (!created.ok) throw new Error(created.error);
  story = created.id;
  // An Azerbaijani translation of it, for the translation desk's rows.
  await as(editor, () => saveVariant(story, 'az', { title: 'Giriş matrisi', lead: '', body: { type: 'doc', content: [] } }, 0));
  const revisions = await as(editor, () => listRevisions(story, 'ru'));
  firstRevision = revisions.at(-1)!.id;
});

const all = (outcome: Outcome): Record<Caller, Outcome> => ({ anonymous: 'unauthenticated', admin: outcome, editor: outcome, reporter: outcome, translator: outcome });
const only = (...allowed: Caller[]): Record<Caller, Outcome> =>
  Object.fromEntries(callers.map((c) => [c, c === 'anonymous' ? 'unauthenticated' : allowed.includes(c) ? 'allowed' : 'forbidden'])) as Record<Caller, Outcome>;

const text = { title: 'Matris', lead: '', body: { type: 'doc' as const, content: [] } };
const names = { ru: 'Раздел', az: 'Bölmə', en: 'Section' };

/** [function name, a harmless call, who gets past the guard]. */
const matrix: [string, () => Promise<unknown>, Record<Caller, Outcome>][] = [
  // Session
  ['currentStaff', async () => { if (!(await currentStaff())) throw new (await import('./staff')).AccessDenied('unauthenticated'); }, all('allowed')],
  ['requireStaff', () => requireStaff(), all('allowed')],
  // Story list
  ['listDashboardStories', () => listDashboardStories(storyFiltersSchema.parse({}), 'ru'), all('allowed')],
  ['listStoryFilterOptions', () => listStoryFilterOptions('ru'), all('allowed')],
  // Only those who create stories choose a section for one.
  ['listCategoryChoices', () => listCategoryChoices('ru'), only('admin', 'editor', 'reporter')],
  // Stories: the fixture is the editor's, so a reporter (not the owner) is refused; a translator may open it.
  ['getStoryForEditing', () => getStoryForEditing(story), { ...only('admin', 'editor', 'translator') }],
  ['getStoryPreview', () => getStoryPreview(story, 'ru'), { ...only('admin', 'editor', 'translator') }],
  ['createStory', () => createStory({ category: 'society', title: '' }), only('admin', 'editor', 'reporter')],
  ['saveVariant', () => saveVariant(story, 'az', text, 999), only('admin', 'editor', 'translator')],
  ['setVariantStatus', () => setVariantStatus(story, 'ru', 'unpublish'), only('admin', 'editor')],
  // Submitting and discarding pending changes: whoever may write the variant (a translator their language).
  ['setVariantStatus', () => setVariantStatus(story, 'ru', 'discard'), only('admin', 'editor')],
  ['setVariantStatus', () => setVariantStatus(story, 'az', 'submit'), only('admin', 'editor', 'translator')],
  ['scheduleVariant', () => scheduleVariant(story, 'ru', new Date(0)), only('admin', 'editor')],
  ['listRevisions', () => listRevisions(story, 'ru'), only('admin', 'editor', 'translator')],
  ['getRevision', () => getRevision(story, 'ru', NOWHERE), only('admin', 'editor', 'translator')],
  ['restoreRevision', () => restoreRevision(story, 'ru', firstRevision), only('admin', 'editor')],
  ['deleteStory', () => deleteStory(NOWHERE), only('admin', 'editor')],
  // Settings panel: whoever may write the source text changes them; the fixture is the editor's draft.
  ['getStorySettings', () => getStorySettings(story, 'ru'), only('admin', 'editor', 'translator')],
  ['updateStorySettings', () => updateStorySettings(story, { coverId: -1 }, 'ru'), only('admin', 'editor')],
  ['searchTags', () => searchTags('x'), all('allowed')],
  // Photo exhibition
  ['getExhibition', () => getExhibition(story), only('admin', 'editor', 'translator')],
  ['arrangeExhibition', () => arrangeExhibition(story, { mediaIds: [-1] }), only('admin', 'editor')],
  // Media library
  ['uploadMedia', () => uploadMedia({ bytes: Buffer.from('not a photo') }), only('admin', 'editor', 'reporter')],
  ['assertMayUpload', () => assertMayUpload(), only('admin', 'editor', 'reporter')],
  ['listMedia', () => listMedia(), all('allowed')],
  ['getMediaForEditing', () => getMediaForEditing(NOWHERE), all('allowed')],
  ['describeMedia', () => describeMedia(NOWHERE, {}), all('allowed')],
  ['listMediaUsage', () => listMediaUsage(NOWHERE, 'ru'), all('allowed')],
  // Only unused photos, and only by those who may delete stories too.
  ['deleteMedia', () => deleteMedia(NOWHERE, 'ru'), only('admin', 'editor')],
  // Translation desk
  ['listTranslationBoard', () => listTranslationBoard(boardFiltersSchema.parse({})), all('allowed')],
  ['getTranslationWork', () => getTranslationWork(story, 'az'), only('admin', 'editor', 'translator')],
  ['saveTranslation', () => saveTranslation(story, 'az', text, 999, 1), only('admin', 'editor', 'translator')],
  ['markTranslationReviewed', () => markTranslationReviewed(story, 'az', 1), only('admin', 'editor', 'translator')],
  // Breaking-news ticker
  ['getBreakingUntil', () => getBreakingUntil(story), all('allowed')],
  ['setBreaking', () => setBreaking(NOWHERE, 1), only('admin', 'editor')],
  ['getHomePin', () => getHomePin(story), all('allowed')],
  ['setHomePin', () => setHomePin(NOWHERE, true), only('admin', 'editor')],
  // Sections
  ['listCategoriesForEditing', () => listCategoriesForEditing(), only('admin', 'editor')],
  ['createCategory', () => createCategory({ names: { ru: '', az: '', en: '' } }), only('admin', 'editor')],
  ['renameCategory', () => renameCategory(NOWHERE, names), only('admin', 'editor')],
  ['deleteCategory', () => deleteCategory(NOWHERE), only('admin', 'editor')],
  // Staff and audit
  ['listStaff', () => listStaff(), only('admin')],
  ['createStaffAccount', () => createStaffAccount({ email: 'not-an-email', name: '', role: 'editor', password: '' }), only('admin')],
  ['setStaffRole', () => setStaffRole('nobody', 'editor'), only('admin')],
  ['setTranslatorLanguages', () => setTranslatorLanguages('nobody', ['az']), only('admin')],
  ['disableStaff', () => disableStaff('nobody'), only('admin')],
  ['enableStaff', () => enableStaff('nobody'), only('admin')],
  ['listAuditLog', () => listAuditLog(), only('admin')],
  // The agency's pages (about, contacts…): readers read them; only admins edit. An empty title changes nothing.
  ['listPagesForEditing', () => listPagesForEditing(), only('admin')],
  ['getPageForEditing', () => getPageForEditing('about', 'ru'), only('admin')],
  ['savePage', () => savePage('about', 'ru', { title: '', body: { type: 'doc', content: [] } }, 1), only('admin')],
  ['listPageRevisions', () => listPageRevisions('about', 'ru'), only('admin')],
  ['getPageRevision', () => getPageRevision('about', 'ru', NOWHERE), only('admin')],
  ['restorePageRevision', () => restorePageRevision('about', 'ru', NOWHERE), only('admin')],
  ['changeOwnPassword', () => changeOwnPassword('wrong-current-password', 'a-new-password-123'), all('allowed')],
];

describe('the access matrix', () => {
  for (const [name, call, expected] of matrix) {
    it(`${name}: ${callers.map((c) => `${c} ${expected[c]}`).join(', ')}`, async () => {
      const seen: Record<string, Outcome> = {};
      for (const caller of callers) seen[caller] = await accessOutcome(() => as(caller === 'anonymous' ? null : accounts[caller], call));
      expect(seen).toEqual(expected);
    });
  }

  it('covers every data-layer function the dashboard, its actions and route handlers call', () => {
    /** Called outside the newsroom's session: reader pages, feeds and sitemaps (public), the sign-in form, the scheduler's token route. */
    const notSessionGuarded = new Set(['recordView', 'signIn', 'signOut', 'publishDueVariants', 'getStoryBySlug', 'getHomePage', 'getCategoryPage', 'getLatest', 'getExhibitions', 'getFeed', 'getSitemap', 'getNewsSitemap']);
    /** Values and predicates that read nothing. */
    const pure = new Set(['translationStates', 'boardFiltersSchema', 'AccessDenied', 'isStaffRole', 'storyFiltersSchema', 'auditQuerySchema', 'isAuditAction', 'knownLocales', 'callerHeaders', 'statusActions', 'capabilities', 'may', 'tagLabel']);
    const covered = new Set(matrix.map(([name]) => name));
    const used = new Map<string, string>();
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.tsx?$/.test(entry.name)) {
          for (const match of fs.readFileSync(file, 'utf8').matchAll(/import\s*\{([^}]*)\}\s*from\s*'@\/db\/queries\/[a-z-]+'/g)) {
            for (const part of match[1]!.split(',')) {
              const name = part.trim();
              if (name && !name.startsWith('type ')) used.set(name.split(/\s+as\s+/)[0]!, file);
            }
          }
        }
      }
    };
    // The newsroom's pages and actions, and every route handler; reader pages read only public data.
    walk(path.resolve('app/[locale]/dashboard'));
    walk(path.resolve('app/[locale]/login'));
    walk(path.resolve('app/api'));
    expect(used.size).toBeGreaterThan(20);
    expect(used.has('listTranslationBoard') && used.has('uploadMedia') && used.has('signIn')).toBe(true);
    const missing = [...used].filter(([name]) => !covered.has(name) && !notSessionGuarded.has(name) && !pure.has(name)).map(([name, file]) => `${name} (${file})`);
    expect(missing).toEqual([]);
  });
});
