/**
 * A story body is stored as the editor's structured document (ProseMirror/Tiptap JSON). Readers only ever see
 * it through `parseRichText`, an allow-list: node types, marks and link protocols not listed here are dropped,
 * so no stored HTML or script can reach a reader.
 */
import { z } from 'zod';

// In the browser (the editor's link check), zod 4 would probe whether it may compile parsers with
// `new Function`: the page's Content-Security-Policy forbids eval (lib/security-headers.ts), and the probe shows up
// as a violation. Without it zod parses the same, by interpretation.
if (typeof window !== 'undefined') z.config({ jitless: true });

export type Mark = { type: 'bold' } | { type: 'italic' } | { type: 'link'; href: string };
export type InlineNode = { type: 'text'; text: string; marks?: Mark[] } | { type: 'hardBreak' };
export type BlockNode =
  | { type: 'paragraph'; content: InlineNode[] }
  | { type: 'heading'; level: 2 | 3; content: InlineNode[] }
  | { type: 'blockquote'; content: BlockNode[] }
  | { type: 'bulletList' | 'orderedList'; content: { type: 'listItem'; content: BlockNode[] }[] }
  | { type: 'image'; mediaId: number };
export type RichTextDoc = { type: 'doc'; content: BlockNode[] };

const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

/**
 * A path on this site: one leading slash, and nothing a browser would read as another host. "//host" and
 * "/\host" are both another host to a browser (it turns backslashes into slashes), and so is anything with
 * control characters it strips first.
 */
export function isLocalPath(value: string): boolean {
  if (!value.startsWith('/') || /^\/[\/\\]/.test(value) || /[\\\s<>"\u0000-\u001f\u007f]/.test(value)) return false;
  try {
    return new URL(value, 'https://bureau.invalid').host === 'bureau.invalid';
  } catch {
    return false;
  }
}

const safeHref = (href: string) => SAFE_HREF.test(href) || isLocalPath(href);

export type LinkCheck = { ok: true; href: string } | { ok: false; error: 'linkEmpty' | 'linkUnsafe' | 'linkInvalid' | 'linkTooLong' };

/**
 * What a link may point to, as the editor's link dialog and the readers' allow-list agree: a web address
 * (http, https), an e-mail address (mailto:) or a page of this site (a path starting with one "/"). A bare
 * domain ("example.org/news") is taken as https. Anything with another scheme (javascript:, data:, vbscript:,
 * file:…) is refused.
 */
export function checkLinkHref(raw: string, maxLength = 2000): LinkCheck {
  const value = raw.trim();
  if (!value) return { ok: false, error: 'linkEmpty' };
  if (value.length > maxLength) return { ok: false, error: 'linkTooLong' };
  if (value.startsWith('/')) return isLocalPath(value) ? { ok: true, href: value } : { ok: false, error: 'linkInvalid' };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  // "example.org:8080/x" has no scheme but looks like one: a dotted host with a port is taken as an address.
  if (scheme && !['http', 'https', 'mailto'].includes(scheme) && !/^[a-z0-9-]+(\.[a-z0-9-]+)+:\d+/i.test(value)) return { ok: false, error: 'linkUnsafe' };
  if (scheme === 'mailto') return /^mailto:[^@\s<>"]+@[^@\s<>"]+\.[^@\s<>"]+$/i.test(value) ? { ok: true, href: value } : { ok: false, error: 'linkInvalid' };
  if (/[\s<>"]/.test(value)) return { ok: false, error: 'linkInvalid' };
  const withScheme = scheme === 'http' || scheme === 'https' ? value : `https://${value}`;
  try {
    const url = new URL(withScheme);
    if (!/^https?:$/.test(url.protocol) || !url.hostname.includes('.') && url.hostname !== 'localhost') return { ok: false, error: 'linkInvalid' };
    return { ok: true, href: scheme ? value : url.href };
  } catch {
    return { ok: false, error: 'linkInvalid' };
  }
}

const looseNode = z.object({ type: z.string(), attrs: z.record(z.string(), z.unknown()).optional() }).loose();

function parseMarks(raw: unknown): Mark[] {
  if (!Array.isArray(raw)) return [];
  const marks: Mark[] = [];
  for (const item of raw) {
    const mark = looseNode.safeParse(item);
    if (!mark.success) continue;
    if (mark.data.type === 'bold' || mark.data.type === 'italic') marks.push({ type: mark.data.type });
    if (mark.data.type === 'link') {
      const href = mark.data.attrs?.href;
      if (typeof href === 'string' && safeHref(href.trim())) marks.push({ type: 'link', href: href.trim() });
    }
  }
  return marks;
}

function parseInline(raw: unknown): InlineNode[] {
  if (!Array.isArray(raw)) return [];
  const nodes: InlineNode[] = [];
  for (const item of raw) {
    const node = looseNode.safeParse(item);
    if (!node.success) continue;
    if (node.data.type === 'text' && typeof node.data.text === 'string' && node.data.text.length > 0) {
      const marks = parseMarks(node.data.marks);
      nodes.push(marks.length ? { type: 'text', text: node.data.text, marks } : { type: 'text', text: node.data.text });
    } else if (node.data.type === 'hardBreak') {
      nodes.push({ type: 'hardBreak' });
    }
  }
  return nodes;
}

function parseBlocks(raw: unknown, depth = 0): BlockNode[] {
  if (!Array.isArray(raw) || depth > 8) return [];
  const blocks: BlockNode[] = [];
  for (const item of raw) {
    const node = looseNode.safeParse(item);
    if (!node.success) continue;
    const { type, attrs, content } = node.data as { type: string; attrs?: Record<string, unknown>; content?: unknown };
    switch (type) {
      case 'paragraph':
        blocks.push({ type, content: parseInline(content) });
        break;
      case 'heading':
        blocks.push({ type, level: attrs?.level === 3 ? 3 : 2, content: parseInline(content) });
        break;
      case 'blockquote':
        blocks.push({ type, content: parseBlocks(content, depth + 1) });
        break;
      case 'bulletList':
      case 'orderedList': {
        const items = Array.isArray(content) ? content : [];
        blocks.push({
          type,
          content: items
            .filter((li) => looseNode.safeParse(li).success && (li as { type: string }).type === 'listItem')
            .map((li) => ({ type: 'listItem' as const, content: parseBlocks((li as { content?: unknown }).content, depth + 1) })),
        });
        break;
      }
      case 'image': {
        const mediaId = Number(attrs?.mediaId);
        if (Number.isInteger(mediaId) && mediaId > 0) blocks.push({ type, mediaId });
        break;
      }
      default:
      // Not on the allow-list: dropped.
    }
  }
  return blocks;
}

/** Reduces any stored JSON to the allowed document shape. Never throws. */
export function parseRichText(raw: unknown): RichTextDoc {
  const root = looseNode.safeParse(raw);
  if (!root.success || root.data.type !== 'doc') return { type: 'doc', content: [] };
  return { type: 'doc', content: parseBlocks((root.data as { content?: unknown }).content) };
}

/** The plain text of a document (for descriptions, search and reading time). */
export function richTextToPlain(doc: RichTextDoc): string {
  const inline = (nodes: InlineNode[]) => nodes.map((n) => (n.type === 'text' ? n.text : '\n')).join('');
  const block = (b: BlockNode): string => {
    switch (b.type) {
      case 'paragraph':
      case 'heading':
        return inline(b.content);
      case 'blockquote':
        return b.content.map(block).join('\n\n');
      case 'bulletList':
      case 'orderedList':
        return b.content.map((li) => li.content.map(block).join('\n')).join('\n');
      case 'image':
        return '';
    }
  };
  return doc.content.map(block).filter(Boolean).join('\n\n');
}

/** The plain text of a stored body (any JSON), for search: only what readers would see. */
export function bodyText(body: unknown): string {
  return richTextToPlain(parseRichText(body));
}

/** The stored shape: the editor's own JSON (Tiptap/ProseMirror), before the allow-list. */
export type StoredNode = { type: string; attrs?: Record<string, unknown>; content?: StoredNode[]; text?: string; marks?: { type: string }[] };
export type StoredDoc = { type: 'doc'; content: StoredNode[] };

function inlineFromMarkdownish(text: string): StoredNode[] {
  const parts = text.split(/(\*\*[^*]+\*\*)/g).filter(Boolean);
  return parts.map((part) =>
    part.startsWith('**') && part.endsWith('**') && part.length > 4
      ? { type: 'text', text: part.slice(2, -2), marks: [{ type: 'bold' }] }
      : { type: 'text', text: part },
  );
}

/**
 * Builds an editor document from plain paragraphs: "## " starts a subheading, "> " a quote, **text** is bold.
 * Used by the demo content; editors write in the rich-text editor instead.
 */
export function richTextFromParagraphs(paragraphs: string[]): StoredDoc {
  return {
    type: 'doc',
    content: paragraphs.map((p): StoredNode => {
      if (p.startsWith('## ')) return { type: 'heading', attrs: { level: 2 }, content: inlineFromMarkdownish(p.slice(3)) };
      if (p.startsWith('> ')) return { type: 'blockquote', content: [{ type: 'paragraph', content: inlineFromMarkdownish(p.slice(2)) }] };
      return { type: 'paragraph', content: inlineFromMarkdownish(p) };
    }),
  };
}
