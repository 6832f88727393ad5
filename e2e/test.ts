/**
 * Playwright's `test`, with one addition every spec gets: no page may break the Content-Security-Policy
 * (lib/security-headers.ts). Each browser context of a test (the default one, and those made with
 * watchedContext) reports `securitypolicyviolation` events, and the test fails at its end if there was one.
 */
import { test as base, expect, type Browser, type BrowserContext, type BrowserContextOptions } from '@playwright/test';

export * from '@playwright/test';

/** The violations seen in this worker's current test. */
const violations: string[] = [];

/** Reports this context's CSP violations to the current test. */
export async function watchCsp(context: BrowserContext) {
  // An init script is injected by the browser, outside the page's policy.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  context.on('console', (message) => {
    if (message.type() === 'error' && /CSP violation|Content Security Policy/.test(message.text())) violations.push(`${message.location().url}: ${message.text()}`);
  });
}

/** A new browser context whose CSP violations fail the test. */
export async function watchedContext(browser: Browser, options?: BrowserContextOptions): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await watchCsp(context);
  return context;
}

export const test = base.extend<{ cspWatch: void }>({
  cspWatch: [
    async ({ context }, use) => {
      violations.length = 0;
      await watchCsp(context);
      await use();
      expect(violations, 'Content-Security-Policy violations in the browser').toEqual([]);
    },
    { auto: true },
  ],
});
