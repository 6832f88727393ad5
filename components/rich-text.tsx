import type { ReactNode } from 'react';
import type { Photo } from '@/db/queries/articles';
import type { BlockNode, InlineNode, RichTextDoc } from '@/lib/rich-text';
import { type TypographyLocale, unbreakableRunsOfPieces } from '@/lib/typography';
import { ResponsiveImage } from './responsive-image';
import { renderRuns, Typeset } from './typeset';

/** locale: the language the document is written in (its line-breaking rules: lib/typography.ts). */
type Props = { doc: RichTextDoc; images: Record<number, Photo>; locale: TypographyLocale };

/**
 * Renders a story body. The document has already been reduced to the allow-list by parseRichText; this maps
 * each allowed node to one React element, so nothing but these elements can appear. Text nodes get their
 * no-break groups (<span className="nowrap">, lib/typography.ts) inside their marks; the text is unchanged.
 */
export function RichText({ doc, images, locale }: Props) {
  return <div className="rich-text">{doc.content.map((node, i) => renderBlock(node, i, images, locale))}</div>;
}

function renderInline(nodes: InlineNode[], locale: TypographyLocale): ReactNode[] {
  // The rules see the block's text whole ("в " plain and "Баку" bold are still bound); a hard break is a line feed.
  const runs = unbreakableRunsOfPieces(
    nodes.map((node) => (node.type === 'hardBreak' ? '\n' : node.text)),
    locale,
  );
  return nodes.map((node, i) => {
    if (node.type === 'hardBreak') return <br key={i} />;
    let element: ReactNode = renderRuns(runs[i] ?? [{ text: node.text, nowrap: false }]);
    for (const mark of node.marks ?? []) {
      if (mark.type === 'bold') element = <strong>{element}</strong>;
      else if (mark.type === 'italic') element = <em>{element}</em>;
      else if (mark.type === 'link') {
        const external = /^https?:/i.test(mark.href);
        element = (
          <a href={mark.href} rel={external ? 'noopener noreferrer nofollow' : undefined}>
            {element}
          </a>
        );
      }
    }
    return <span key={i}>{element}</span>;
  });
}

function renderBlock(node: BlockNode, key: number, images: Record<number, Photo>, locale: TypographyLocale): ReactNode {
  switch (node.type) {
    case 'paragraph':
      return node.content.length ? <p key={key}>{renderInline(node.content, locale)}</p> : null;
    case 'heading':
      return node.level === 3 ? (
        <h3 key={key}>{renderInline(node.content, locale)}</h3>
      ) : (
        <h2 key={key}>{renderInline(node.content, locale)}</h2>
      );
    case 'blockquote':
      return <blockquote key={key}>{node.content.map((child, i) => renderBlock(child, i, images, locale))}</blockquote>;
    case 'bulletList':
    case 'orderedList': {
      const items = node.content.map((li, i) => (
        <li key={i}>{li.content.map((child, j) => renderBlock(child, j, images, locale))}</li>
      ));
      return node.type === 'bulletList' ? <ul key={key}>{items}</ul> : <ol key={key}>{items}</ol>;
    }
    case 'image': {
      const photo = images[node.mediaId];
      if (!photo) return null;
      return (
        <figure key={key} className="inline-image">
          {/* A figure keeps the browser's 40px side margins: the story's width (760px at most) less 80px. */}
          <ResponsiveImage image={photo} sizes="(min-width: 792px) 680px, calc(100vw - 112px)" />
          {photo.caption || photo.credit ? (
            <figcaption>
              {photo.caption ? <Typeset text={photo.caption} locale={locale} /> : null}{' '}
              {photo.credit ? <span className="credit">{photo.credit}</span> : null}
            </figcaption>
          ) : null}
        </figure>
      );
    }
  }
}
