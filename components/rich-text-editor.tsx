'use client';

import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useTranslations } from 'next-intl';
import { useEffect } from 'react';

type Props = { id: string; labelledBy: string; value: unknown; onChange: (doc: unknown) => void; readOnly?: boolean };

/**
 * The story body editor (Tiptap on ProseMirror). Only what readers' allow-list renders is offered: subheadings,
 * bold, italic, links, lists and quotes; the document is saved as the editor's JSON.
 */
export function RichTextEditor({ id, labelledBy, value, onChange, readOnly = false }: Props) {
  const t = useTranslations('Editor.toolbar');
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
    ],
    content: value as object,
    editorProps: { attributes: { id, role: 'textbox', 'aria-multiline': 'true', 'aria-labelledby': labelledBy, class: 'rich-text rich-text-editor__area' } },
    // Only the writer's own changes count: the editor normalising the loaded document (e.g. adding a trailing
    // paragraph) must not look like an edit and trigger a save.
    onUpdate: ({ editor: e }) => {
      if (e.isFocused) onChange(e.getJSON());
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
          </>
        ) : null}
      </div>
      <EditorContent editor={editor} />
    </div>
  );
}
