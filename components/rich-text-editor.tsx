'use client';

import Image from '@tiptap/extension-image';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Locale } from '@/i18n/locales';
import { checkLinkHref } from '@/lib/rich-text';
import { LinkDialog } from './link-dialog';
import { MediaPicker, type LibrarySearch } from './media-picker';

type Props = { id: string; labelledBy: string; value: unknown; onChange: (doc: unknown) => void; readOnly?: boolean; search?: LibrarySearch };

/**
 * Photos in the text come from the media library only: the node keeps the library id (readers' pages look the
 * photo up by it, with its alt text and caption in their language). Pasted images from elsewhere, which have no
 * library id, are not taken in.
 */
/**
 * The editor's JSON as plain objects. ProseMirror builds node and mark attributes with Object.create(null), and
 * React's server-action encoding does not send such objects (they arrive as opaque references): without this
 * copy a link's address, a subheading's level and a photo's library id would be lost on save.
 */
const plain = (doc: unknown): unknown => JSON.parse(JSON.stringify(doc));

const LibraryImage = Image.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      mediaId: {
        default: null,
        parseHTML: (element) => Number(element.getAttribute('data-media-id')) || null,
        renderHTML: (attributes) => (attributes.mediaId ? { 'data-media-id': String(attributes.mediaId) } : {}),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'img[data-media-id]' }];
  },
});

/** Two documents are the same text when they differ only by empty paragraphs at the end (the editor adds one). */
function sameDoc(a: unknown, b: unknown): boolean {
  const trim = (doc: unknown) => {
    const content = [...(((doc as { content?: unknown[] } | null)?.content ?? []) as { type?: string; content?: unknown[] }[])];
    while (content.length && content.at(-1)?.type === 'paragraph' && !content.at(-1)?.content?.length) content.pop();
    return JSON.stringify(content);
  };
  return trim(a) === trim(b);
}

/**
 * The story body editor (Tiptap on ProseMirror). Only what readers' allow-list renders is offered: subheadings,
 * bold, italic, links, lists, quotes and library photos; the document is saved as the editor's JSON. Every change
 * to the text is passed on, however it was made (typing, shortcuts, toolbar buttons, the link dialog, the photo
 * picker): nothing depends on where the focus is. Normalising the loaded document is not a change.
 */
export function RichTextEditor({ id, labelledBy, value, onChange, readOnly = false, search }: Props) {
  const t = useTranslations('Editor.toolbar');
  const locale = useLocale() as Locale;
  const [picking, setPicking] = useState(false);
  const [linking, setLinking] = useState(false);
  /** The document as the editor itself last had it (its own normalised JSON): only a difference is a change. */
  const known = useRef<unknown>(null);
  /** The `value` last given or sent back: a new object from outside is a text put in, not the editor's echo. */
  const seen = useRef<unknown>(value);
  const changed = useRef(onChange);
  changed.current = onChange;
  const editor = useEditor({
    // Rendered only in the browser: the server sends the toolbar and an empty frame.
    immediatelyRender: false,
    // The toolbar shows which styles are on at the cursor.
    shouldRerenderOnTransaction: true,
    editable: !readOnly,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        code: false,
        codeBlock: false,
        strike: false,
        underline: false,
        horizontalRule: false,
        link: {
          openOnClick: false,
          autolink: true,
          protocols: ['https', 'http', 'mailto'],
          defaultProtocol: 'https',
          // Pasted or typed links pass the same check as the dialog's, and readers' allow-list.
          isAllowedUri: (url) => checkLinkHref(url).ok,
        },
      }),
      LibraryImage.configure({ inline: false, allowBase64: false }),
    ],
    content: value as object,
    editorProps: { attributes: { id, role: 'textbox', 'aria-multiline': 'true', 'aria-labelledby': labelledBy, class: 'rich-text rich-text-editor__area' } },
    onCreate: ({ editor: e }) => {
      known.current = plain(e.getJSON());
    },
    onUpdate: ({ editor: e }) => {
      const doc = plain(e.getJSON());
      // An update before the editor says it is created is its own start-up, never the writer's.
      if (known.current === null) {
        known.current = doc;
        return;
      }
      if (sameDoc(doc, known.current)) return;
      known.current = doc;
      seen.current = doc;
      changed.current(doc);
    },
  });

  useEffect(() => {
    // Without emitting an update: Tiptap's default would pass the loaded text on as if it were an edit.
    editor?.setEditable(!readOnly, false);
  }, [editor, readOnly]);

  // A text put in from outside (the browser's copy after a reload, a colleague's version, the published text
  // after "Discard") replaces what the editor shows, without counting as a change.
  useEffect(() => {
    if (!editor || value === seen.current) return;
    seen.current = value;
    editor.commands.setContent(value as object, { emitUpdate: false });
    known.current = plain(editor.getJSON());
  }, [editor, value]);

  const button = (name: string, label: string, run: () => void, active: boolean, shortcut?: string) => (
    <button
      type="button"
      key={name}
      onClick={run}
      // The text keeps its selection: a press on the toolbar does not take the focus from it first.
      onMouseDown={(e) => e.preventDefault()}
      aria-pressed={active}
      aria-keyshortcuts={shortcut}
      title={shortcut ? `${label} (${shortcut})` : label}
      disabled={!editor || readOnly}
      className={`toolbar__button toolbar__button--${name}`}
    >
      <span aria-hidden="true" className="toolbar__icon">
        {ICONS[name]}
      </span>
      <span className="toolbar__label">{label}</span>
    </button>
  );

  const linkHref = (editor?.getAttributes('link').href as string | undefined) ?? '';

  return (
    <div className="rich-text-editor">
      <div role="toolbar" aria-label={t('label')} aria-controls={id} className="toolbar">
        {editor ? (
          <>
            {button('h2', t('h2'), () => editor.chain().focus().toggleHeading({ level: 2 }).run(), editor.isActive('heading', { level: 2 }), 'Control+Alt+2')}
            {button('h3', t('h3'), () => editor.chain().focus().toggleHeading({ level: 3 }).run(), editor.isActive('heading', { level: 3 }), 'Control+Alt+3')}
            {button('bold', t('bold'), () => editor.chain().focus().toggleBold().run(), editor.isActive('bold'), 'Control+B')}
            {button('italic', t('italic'), () => editor.chain().focus().toggleItalic().run(), editor.isActive('italic'), 'Control+I')}
            {button('link', t('link'), () => setLinking(true), editor.isActive('link'))}
            {button('bullet', t('bulletList'), () => editor.chain().focus().toggleBulletList().run(), editor.isActive('bulletList'), 'Control+Shift+8')}
            {button('ordered', t('orderedList'), () => editor.chain().focus().toggleOrderedList().run(), editor.isActive('orderedList'), 'Control+Shift+7')}
            {button('quote', t('quote'), () => editor.chain().focus().toggleBlockquote().run(), editor.isActive('blockquote'), 'Control+Shift+B')}
            {search ? button('image', t('image'), () => setPicking(true), false) : null}
          </>
        ) : null}
      </div>
      <EditorContent editor={editor} />
      {editor ? (
        <LinkDialog
          open={linking}
          href={linkHref}
          onClose={() => (setLinking(false), editor.commands.focus())}
          onRemove={() => {
            setLinking(false);
            editor.chain().focus().extendMarkRange('link').unsetLink().run();
          }}
          onApply={(href) => {
            setLinking(false);
            const chain = editor.chain().focus().extendMarkRange('link');
            // With nothing selected, the address itself becomes the link's text.
            if (editor.state.selection.empty && !editor.isActive('link')) chain.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run();
            else chain.setLink({ href }).run();
          }}
        />
      ) : null}
      {search && editor ? (
        <MediaPicker
          open={picking}
          multiple={false}
          search={search}
          onClose={() => setPicking(false)}
          onChoose={([item]) => {
            setPicking(false);
            if (!item) return;
            editor.chain().focus().insertContent({ type: 'image', attrs: { mediaId: item.id, src: item.src, alt: item.texts[locale].alt } }).run();
          }}
        />
      ) : null}
    </div>
  );
}

/** Small glyphs for the phone's one-row toolbar (the words stay as labels for screen readers and wide screens). */
const ICONS: Record<string, ReactNode> = {
  h2: 'H2',
  h3: 'H3',
  bold: 'B',
  italic: 'I',
  link: (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" aria-hidden="true" focusable="false">
      <path d="M10 14a5 5 0 0 0 7 0l3-3a5 5 0 0 0-7-7l-1 1" />
      <path d="M14 10a5 5 0 0 0-7 0l-3 3a5 5 0 0 0 7 7l1-1" />
    </svg>
  ),
  bullet: '•',
  ordered: '1.',
  quote: '“',
  image: (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true" focusable="false">
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <path d="m3 16 5-5 4 4 3-3 6 6" />
    </svg>
  ),
};
