import { expect, test } from './test';
import { signIn } from './newsroom';
import { staff } from './staff';

/**
 * Every dashboard page, opened by each role: it shows its content, or refuses (the translated "no access"
 * message, or a 404 where even the existence of the item is not shown). The data layer decides; this checks
 * that what a signed-in person sees matches. Anonymous visits are covered in dashboard.spec.ts.
 * Story 1 is the seeded first story, which belongs to no reporter.
 */
type Role = 'admin' | 'editor' | 'reporter' | 'translator';
const routes: [string, Role[]][] = [
  ['/ru/dashboard', ['admin', 'editor', 'reporter', 'translator']],
  ['/ru/dashboard/stories/new', ['admin', 'editor', 'reporter']],
  ['/ru/dashboard/stories/1', ['admin', 'editor', 'translator']],
  ['/ru/dashboard/stories/1/preview/ru', ['admin', 'editor', 'translator']],
  ['/ru/dashboard/stories/1/revisions/ru', ['admin', 'editor', 'translator']],
  ['/ru/dashboard/media', ['admin', 'editor', 'reporter', 'translator']],
  ['/ru/dashboard/media/1', ['admin', 'editor', 'reporter', 'translator']],
  ['/ru/dashboard/categories', ['admin', 'editor']],
  ['/ru/dashboard/users', ['admin']],
  ['/ru/dashboard/audit', ['admin']],
  ['/ru/dashboard/account', ['admin', 'editor', 'reporter', 'translator']],
];

for (const role of ['admin', 'editor', 'reporter', 'translator'] as const) {
  test(`what a ${role} may open in the dashboard`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'the same server answers both viewports');
    await signIn(page, staff[role]);
    const seen: Record<string, 'shown' | 'refused'> = {};
    const expected: Record<string, 'shown' | 'refused'> = {};
    for (const [path, allowed] of routes) {
      const response = await page.goto(path);
      const refusedMessage = await page.getByText('У вашей роли нет доступа к этому разделу.').count();
      const status = response?.status() ?? 0;
      expect(status === 200 || status === 404, `${path}: ${status}`).toBe(true);
      seen[path] = status === 404 || refusedMessage > 0 ? 'refused' : 'shown';
      expected[path] = allowed.includes(role) ? 'shown' : 'refused';
    }
    expect(seen).toEqual(expected);
  });
}
