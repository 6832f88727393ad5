import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { baseSecurityHeaders, contentSecurityPolicy, inlineScriptHashes } from './security-headers';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('security headers', () => {
  it('forbid sniffing everywhere, and ask for HTTPS only when the site is served over it', () => {
    expect(baseSecurityHeaders('http://127.0.0.1:3000')).toMatchObject({ 'x-content-type-options': 'nosniff', 'referrer-policy': 'strict-origin-when-cross-origin' });
    expect(baseSecurityHeaders('http://127.0.0.1:3000')['strict-transport-security']).toBeUndefined();
    expect(baseSecurityHeaders(undefined)['strict-transport-security']).toBeUndefined();
    expect(baseSecurityHeaders('https://news.example.org')['strict-transport-security']).toMatch(/^max-age=\d{8,}/);
    expect(baseSecurityHeaders('https://news.example.org')['permissions-policy']).toContain('camera=()');
  });

  it('allow scripts of this origin and the listed ones only: never inline or eval by themselves', () => {
    const policy = contentSecurityPolicy({ path: '/ru/news/x', scripts: ["'sha256-abc'"], siteUrl: 'https://news.example.org' });
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src'))!;
    expect(scriptSrc).toBe("script-src 'self' 'sha256-abc'");
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).toContain("form-action 'self'");
    expect(policy).toContain("frame-ancestors 'self'");
    expect(policy).toContain('upgrade-insecure-requests');
    for (const newsroom of ['/ru/dashboard', '/az/login', '/en/dashboard/stories/3', '/ru/%64ashboard'])
      expect(contentSecurityPolicy({ path: newsroom, scripts: [], siteUrl: undefined }), newsroom).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy({ path: '/ru', scripts: [], siteUrl: 'http://x' })).not.toContain('upgrade-insecure-requests');
  });

  it("hash exactly the inline scripts a browser runs, once each, in the page's bytes", () => {
    const theme = "document.documentElement.dataset.theme='dark'";
    const push = 'self.__next_f.push([1,"Посольство \\u003c"])';
    const html = [
      `<html><head><script>${theme}</script><script src="/_next/static/a.js" async=""></script>`,
      `<script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body>`,
      `<script nonce="n1">${push}</script><script>${push}</script><SCRIPT>x()</SCRIPT ><script></script></body></html>`,
    ].join('');
    expect(inlineScriptHashes(html)).toEqual([sha(theme), sha(push), sha('x()'), sha('')]);
  });
});
