/**
 * The translating view works paragraph by paragraph: a story body (the editor's JSON) is split into its
 * top-level blocks, each shown as plain text beside the source's; the translated texts are put back into a body
 * of the same shape as the source. A translated block whose text was not touched keeps its own JSON (and so its
 * bold, italics and links); a block whose text was changed takes the source block's type (paragraph, subheading,
 * quote, list) with the new text. Photos in the text are the source's photos.
 */
import type { StoredDoc, StoredNode } from './rich-text';

export type Block = { type: string; level?: number; text: string; raw: StoredNode };

function inlineText(nodes: StoredNode[] | undefined): string {
  return (nodes ?? []).map((n) => (n.type === 'text' ? (n.text ?? '') : n.type === 'hardBreak' ? '\n' : inlineText(n.content))).join('');
}

function blockText(node: StoredNode): string {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(node.content);
    case 'blockquote':
      return (node.content ?? []).map(blockText).join('\n');
    case 'bulletList':
    case 'orderedList':
      return (node.content ?? []).map((item) => (item.content ?? []).map(blockText).join(' ')).join('\n');
    default:
      return '';
  }
}

/** The top-level blocks of a stored body, with their plain text. Anything that is not a document has none. */
export function blocksOf(doc: unknown): Block[] {
  const content = (doc as { content?: unknown } | null)?.content;
  if (!Array.isArray(content)) return [];
  return content
    .filter((n): n is StoredNode => typeof n === 'object' && n !== null && typeof (n as StoredNode).type === 'string')
    .map((node) => ({ type: node.type, level: typeof node.attrs?.level === 'number' ? node.attrs.level : undefined, text: blockText(node), raw: node }));
}

/** Whether a block carries text to translate (photos do not). */
export const isTextBlock = (block: Block) => ['paragraph', 'heading', 'blockquote', 'bulletList', 'orderedList'].includes(block.type);

const paragraph = (text: string): StoredNode => ({ type: 'paragraph', content: text ? lines(text) : undefined });

function lines(text: string): StoredNode[] {
  return text.split('\n').flatMap((line, i): StoredNode[] => [...(i > 0 ? [{ type: 'hardBreak' }] : []), ...(line ? [{ type: 'text', text: line }] : [])]);
}

function shaped(source: Block, text: string): StoredNode {
  switch (source.type) {
    case 'heading':
      return { type: 'heading', attrs: { level: source.level ?? 2 }, content: text ? lines(text.replace(/\n/g, ' ')) : undefined };
    case 'blockquote':
      return { type: 'blockquote', content: text.split('\n').map((line) => paragraph(line)) };
    case 'bulletList':
    case 'orderedList':
      return { type: source.type, content: text.split('\n').filter(Boolean).map((item) => ({ type: 'listItem', content: [paragraph(item)] })) };
    default:
      return paragraph(text);
  }
}

/**
 * The translated body: one block per source block (`texts[i]` for text blocks; photos copied from the source),
 * then any further blocks the translation had beyond the source's length, so that nothing typed is dropped.
 */
export function buildTranslatedBody(source: Block[], before: Block[], texts: string[]): StoredDoc {
  const content: StoredNode[] = [];
  source.forEach((block, i) => {
    if (!isTextBlock(block)) {
      content.push(block.raw);
      return;
    }
    const text = (texts[i] ?? '').replace(/\r\n/g, '\n');
    const old = before[i];
    content.push(old && isTextBlock(old) && old.text === text ? old.raw : shaped(block, text));
  });
  for (let i = source.length; i < Math.max(before.length, texts.length); i++) {
    const text = texts[i] ?? before[i]?.text ?? '';
    const old = before[i];
    if (old && old.text === text) content.push(old.raw);
    else if (text.trim()) content.push(paragraph(text));
  }
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}
