import { describe, expect, it } from 'vitest';
import { wordDiff } from './text-diff';

describe('wordDiff', () => {
  it('marks removed and added words, keeping the rest', () => {
    const parts = wordDiff('Посол выступил с речью', 'Посол выступил с длинной речью');
    expect(parts.filter((p) => p.change === 'added').map((p) => p.value.trim())).toEqual(['длинной']);
    expect(parts.filter((p) => p.change === 'removed')).toEqual([]);
    expect(parts.map((p) => p.value).join('')).toBe('Посол выступил с длинной речью');
  });

  it('handles Azerbaijani letters as parts of words', () => {
    const parts = wordDiff('şəhidlərin xatirəsi', 'şəhidlərin əziz xatirəsi');
    expect(parts.find((p) => p.change === 'added')?.value.trim()).toBe('əziz');
  });

  it('reports identical texts as one unchanged part', () => {
    expect(wordDiff('same text', 'same text')).toEqual([{ value: 'same text', change: 'same' }]);
  });
});

describe('wordDiff on replaced words', () => {
  it('replaces whole Cyrillic words, not letters', () => {
    const parts = wordDiff('Первая редакция лида.', 'Вторая редакция лида.');
    expect(parts.filter((p) => p.change === 'removed').map((p) => p.value.trim())).toEqual(['Первая']);
    expect(parts.filter((p) => p.change === 'added').map((p) => p.value.trim())).toEqual(['Вторая']);
  });
});
