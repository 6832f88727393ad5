import { describe, expect, it } from 'vitest';
import { MAX_SOCIAL_LINKS, parseSocialLinks } from './config';

describe('BUREAU_SOCIAL_LINKS', () => {
  it('unset or blank: no links, nothing to tell', () => {
    expect(parseSocialLinks(undefined)).toEqual({ links: [], problems: [] });
    expect(parseSocialLinks('  ')).toEqual({ links: [], problems: [] });
  });

  it('known networks get their usual names, others are shown as written, in the order given', () => {
    expect(parseSocialLinks(' telegram=https://t.me/bureau , X=https://x.com/bureau,Qazet Radio=https://radio.example/bureau').links).toEqual([
      { name: 'Telegram', href: 'https://t.me/bureau' },
      { name: 'X', href: 'https://x.com/bureau' },
      { name: 'Qazet Radio', href: 'https://radio.example/bureau' },
    ]);
  });

  it('a malformed entry is named and left out; the rest are kept', () => {
    const parsed = parseSocialLinks('telegram=javascript:alert(1),=https://x.com/a,facebook,<b>=https://a.example,youtube=https://youtube.com/@bureau,vk=t.me');
    expect(parsed.links).toEqual([{ name: 'YouTube', href: 'https://youtube.com/@bureau' }]);
    expect(parsed.problems).toHaveLength(5);
    expect(parsed.problems[0]).toMatch(/^BUREAU_SOCIAL_LINKS: entry 1 .*not an http\(s\) address/);
    expect(parsed.problems[1]).toMatch(/entry 2 .*needs a name/);
  });

  it('keeps at most MAX_SOCIAL_LINKS', () => {
    const many = Array.from({ length: MAX_SOCIAL_LINKS + 2 }, (_, i) => `n${i}=https://n${i}.example`).join(',');
    const parsed = parseSocialLinks(many);
    expect(parsed.links).toHaveLength(MAX_SOCIAL_LINKS);
    expect(parsed.problems).toHaveLength(2);
  });
});
