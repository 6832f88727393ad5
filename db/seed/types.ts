/**
 * The shape of Bureau's demo content. Content files (first-story.ts, demo-stories-*.ts) are plain data in this
 * shape; db/seed/seed.ts turns them into rows and generates the images with sharp (nothing is downloaded).
 */
export type SeedLocale = 'ru' | 'az' | 'en';
export type L10n<T = string> = Record<SeedLocale, T>;

export type CategoryKey = 'politics' | 'economy' | 'society' | 'culture' | 'sport' | 'science';
export type BureauKey = 'kazakhstan' | 'baku' | 'georgia' | 'turkiye' | 'uzbekistan' | 'russia';
export type AuthorKey = 'report-kz' | 'a-karimova' | 'r-aliyev' | 'l-mammadli' | 'd-orlova' | 'e-hasanli';

/**
 * Scenes the image generator can draw (abstract, photo-like compositions made of shapes and gradients).
 * `hue` (0-359) tints the picture so photos in one exhibition differ.
 */
export type Scene =
  | 'flowers' // carnations laid at a memorial
  | 'candles' // candles in the dark
  | 'hall' // an interior with rows of chairs and a lectern
  | 'crowd' // silhouettes of people standing
  | 'stand' // a memorial stand / exhibition panels on a wall
  | 'portrait' // a framed photograph on an easel
  | 'city' // city skyline
  | 'sea' // sea and horizon
  | 'mountains' // mountain ridge
  | 'field' // fields and sky
  | 'stadium' // a sports ground with stands
  | 'lab' // a lab bench with equipment shapes
  | 'market' // stalls with awnings
  | 'night'; // a night street with lights

export type SeedPhoto = {
  scene: Scene;
  hue: number;
  /** Per-language alt text: what the picture shows, for screen readers. */
  alt: L10n;
  /** Per-language caption shown under the photo. */
  caption: L10n;
  /** Per-language credit, e.g. "Фото: Report" / "Foto: Report" / "Photo: Report". */
  credit: L10n;
};

/**
 * One language variant of a story. Body paragraphs are plain text; a paragraph starting with "## " becomes a
 * subheading and one starting with "> " a quote. Text inside **double asterisks** becomes bold.
 */
export type SeedVariant = {
  title: string;
  lead: string;
  body: string[];
  seoTitle?: string;
  seoDescription?: string;
};

export type SeedStory = {
  /** Stable key, unique across all content files, kebab-case latin. */
  key: string;
  category: CategoryKey;
  bureau: BureauKey;
  author: AuthorKey;
  /** ISO 8601 with offset, e.g. "2026-01-20T15:40:00+04:00". */
  publishedAt: string;
  tags?: TagKey[];
  cover: SeedPhoto;
  /** The story's photo exhibition in order, if it has one. */
  gallery?: SeedPhoto[];
  /** Russian is the source and always present; a missing az or en means the story is not published in it. */
  variants: { ru: SeedVariant; az?: SeedVariant; en?: SeedVariant };
};

/** Tag keys the demo content may use; their translated names live in db/seed/taxonomy.ts. */
export type TagKey =
  | 'january-20'
  | 'diplomacy'
  | 'diaspora'
  | 'exhibition'
  | 'transport'
  | 'energy'
  | 'education'
  | 'health'
  | 'football'
  | 'chess'
  | 'theatre'
  | 'music'
  | 'agriculture'
  | 'weather'
  | 'technology'
  | 'tourism';
