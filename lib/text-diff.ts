/**
 * Word-level differences between two texts, for comparing revisions: jsdiff's diffWords, with words found by
 * Intl.Segmenter, so Cyrillic and Azerbaijani words are compared whole (its default tokenizer splits them
 * into letters).
 */
import { diffWords } from 'diff';

export type DiffPart = { value: string; change: 'same' | 'added' | 'removed' };

const segmenter = new Intl.Segmenter('ru', { granularity: 'word' });

export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after, { intlSegmenter: segmenter }).map((part) => ({
    value: part.value,
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }));
}
