import { describe, expect, it } from 'vitest';
import { isValidSlug, slugFromTitle } from './slug';

describe('slugFromTitle', () => {
  it('transliterates Russian readably', () => {
    expect(slugFromTitle('Щедрый подъезд в Хабаровске: ёлка и цветы')).toBe('shchedryy-podezd-v-khabarovske-yolka-i-tsvety');
    expect(slugFromTitle('В посольстве Азербайджана в Казахстане')).toBe('v-posolstve-azerbaydzhana-v-kazakhstane');
  });

  it('transliterates Azerbaijani letters', () => {
    expect(slugFromTitle('Şəhidlərin xatirəsi ağır günlərdə öyrənilir, Ümumxalq Çağırış')).toBe(
      'sehidlerin-xatiresi-agir-gunlerde-oyrenilir-umumxalq-cagiris',
    );
  });

  it('keeps English and numbers, drops punctuation', () => {
    expect(slugFromTitle('January 20: 36th anniversary — "events" & more!')).toBe('january-20-36th-anniversary-events-and-more');
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugFromTitle('слово '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(100);
    expect(slug.endsWith('-')).toBe(false);
    expect(isValidSlug(slug)).toBe(true);
  });

  it('never makes a slug a listing route would shadow (/news/older/…)', () => {
    expect(slugFromTitle('Older')).toBe('older-1');
    expect(slugFromTitle('Older stories')).toBe('older-stories');
  });

  it('validates slugs', () => {
    expect(isValidSlug('a-b-1')).toBe(true);
    expect(isValidSlug('A-b')).toBe(false);
    expect(isValidSlug('a--b')).toBe(false);
    expect(isValidSlug('')).toBe(false);
    expect(isValidSlug('../etc')).toBe(false);
  });
});
