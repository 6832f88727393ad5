'use client';

import Image from '@tiptap/extension-image';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { Locale } from '@/i18n/locales';
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

/**
 * The story body editor (Tiptap on ProseMirror). Only what readers' allow-list renders is offered: subheadings,
 * bold, italic, links, lists and quotes; the document is saved as the editor's JSON.
 */
export function RichTextEditor({ id, labelledBy, value, onChange, readOnly = false, search }: Props) {
  const t = useTranslations('Editor.toolbar');
  const locale = useLocale() as Locale;
  const [picking, setPicking] = useState(false);
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
        link: { openOnClick: false, autolink: true, protocols: ['https', 'http', 'mailto'], defaultProtocol: 'https' },
      }),
      LibraryImage.configure({ inline: false, allowBase64: false }),
    ],
    content: value as object,
    editorProps: { attributes: { id, role: 'textbox', 'aria-multiline': 'true', 'aria-labelledby': labelledBy, class: 'rich-text rich-text-editor__area' } },
    // Only the writer's own changes count: the editor normalising the loaded document (e.g. adding a trailing
    // paragraph) must not look like an edit and trigger a save.
    onUpdate: ({ editor: e }) => {
      if (e.isFocused) onChange(plain(e.getJSON()));
    },
  });

  useEffect(() => {
    editor?.setEditable(!readOnly);
  }, [editor, readOnly]);

  const button = (name: string, label: string, run: () => void, active: boolean) => (
    <button type="button" key={name} onClick={run} aria-pressed={active} disabled={!editor || readOnly} className="toolbar__button">
      {label}
    </button>
  );

  return (
    <div className="rich-text-editor">
      <div role="toolbar" aria-label={t('label')} className="toolbar">
        {editor ? (
          <>
            {button('h2', t('h2'), () => editor.chain().focus().toggleHeading({ level: 2 }).run(), editor.isActive('heading', { level: 2 }))}
            {button('h3', t('h3'), () => editor.chain().focus().toggleHeading({ level: 3 }).run(), editor.isActive('heading', { level: 3 }))}
            {button('bold', t('bold'), () => editor.chain().focus().toggleBold().run(), editor.isActive('bold'))}
            {button('italic', t('italic'), () => editor.chain().focus().toggleItalic().run(), editor.isActive('italic'))}
            {button(
              'link',
              t('link'),
              () => {
                const href = window.prompt(t('linkPrompt'), editor.getAttributes('link').href ?? 'https://');
                if (href === null) return;
                if (href.trim() === '') editor.chain().focus().unsetLink().run();
                else editor.chain().focus().extendMarkRange('link').setLink({ href: href.trim() }).run();
              },
              editor.isActive('link'),
            )}
            {button('bullet', t('bulletList'), () => editor.chain().focus().toggleBulletList().run(), editor.isActive('bulletList'))}
            {button('ordered', t('orderedList'), () => editor.chain().focus().toggleOrderedList().run(), editor.isActive('orderedList'))}
            {button('quote', t('quote'), () => editor.chain().focus().toggleBlockquote().run(), editor.isActive('blockquote'))}
            {search ? button('image', t('image'), () => setPicking(true), false) : null}
          </>
        ) : null}
      </div>
      <EditorContent editor={editor} />
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
            onChange(plain(editor.getJSON()));
          }}
        />
      ) : null}
    </div>
  );
}
