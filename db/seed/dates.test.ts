import { describe, expect, it } from 'vitest';
import { demoStoriesA } from './demo-stories-a';
import { demoStoriesB } from './demo-stories-b';
import { demoNow, demoShiftDays, shiftedPublishedAt } from './dates';

const demo = [...demoStoriesA, ...demoStoriesB];
const newest = Math.max(...demo.map((s) => Date.parse(s.publishedAt)));

describe('demo dates', () => {
  it('move by whole days so the newest story is less than a day old, keeping times of day and spacing', () => {
    for (const now of [new Date('2026-12-04T01:16:00Z'), new Date('2027-06-30T23:59:00Z'), new Date(newest + 3_600_000)]) {
      const shift = demoShiftDays(demo, now);
      const moved = demo.map((s) => shiftedPublishedAt(s, shift).getTime());
      const latest = Math.max(...moved);
      expect(latest).toBeLessThanOrEqual(now.getTime());
      expect(now.getTime() - latest).toBeLessThan(86_400_000);
      for (const [i, s] of demo.entries()) {
        expect(moved[i]! - Date.parse(s.publishedAt)).toBe(shift * 86_400_000);
        expect(new Date(moved[i]!).toISOString().slice(11, 16)).toBe(new Date(s.publishedAt).toISOString().slice(11, 16));
      }
    }
  });

  it('never move into the past, and follow BUREAU_DEMO_NOW', () => {
    expect(demoShiftDays(demo, new Date('2020-01-01T00:00:00Z'))).toBe(0);
    expect(demoNow({ BUREAU_DEMO_NOW: '2026-01-19T12:00:00Z' }).toISOString()).toBe('2026-01-19T12:00:00.000Z');
    const now = new Date();
    expect(demoNow({ BUREAU_DEMO_NOW: 'not a date' }, now)).toBe(now);
    expect(demoNow({}, now)).toBe(now);
    // The suites' day keeps the written dates.
    expect(demoShiftDays(demo, demoNow({ BUREAU_DEMO_NOW: '2026-01-19T12:00:00Z' }))).toBe(0);
  });
});
