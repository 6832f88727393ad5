/**
 * When the demo stories were published: relative to the day the demo is loaded, so a quick start's latest news,
 * most read and news sitemap have recent stories whatever the day. The stories keep the spacing and the times of
 * day they are written with (db/seed/demo-stories-*.ts), moved by whole days so that the newest is at most a day
 * old. The first story keeps its real date, 2026-01-20.
 *
 * BUREAU_DEMO_NOW sets the day the demo counts from (an ISO time): the test suites set it so that the stories keep
 * the dates written in the files and their assertions about months and days hold on any day they run.
 */
import type { SeedStory } from './types';

const DAY_MS = 86_400_000;

/** The moment the demo counts from: BUREAU_DEMO_NOW when set and valid, otherwise now. */
export function demoNow(env: Record<string, string | undefined> = process.env, now = new Date()): Date {
  const set = env.BUREAU_DEMO_NOW ? new Date(env.BUREAU_DEMO_NOW) : null;
  return set && !Number.isNaN(set.getTime()) ? set : now;
}

/** Whole days to add to every demo story (never negative): the newest ends up within a day before `now`. */
export function demoShiftDays(stories: readonly Pick<SeedStory, 'publishedAt'>[], now: Date): number {
  const newest = Math.max(...stories.map((story) => Date.parse(story.publishedAt)));
  return Math.max(0, Math.floor((now.getTime() - newest) / DAY_MS));
}

/** A demo story's publication time, moved by `shiftDays`. */
export function shiftedPublishedAt(story: Pick<SeedStory, 'publishedAt'>, shiftDays: number): Date {
  return new Date(Date.parse(story.publishedAt) + shiftDays * DAY_MS);
}
