import { defaultKeymap, history, historyKeymap } from '@codemirror/commands'
import { EditorState, type Extension } from '@codemirror/state'
import { EditorView, highlightSpecialChars, keymap } from '@codemirror/view'

/**
 * CodeMirror as the prompt and system boxes set it up, before anything of ours (the store, the
 * token colouring, the paste by parts) is added: `npm run bench` types into an editor made with
 * this alone, to show what the editor itself costs a keystroke beside what the page adds.
 */
export function editorSetup(rows: number): Extension[] {
  return [
    // Lines split on "\n" only: a "\r" stays a character of the line (shown as a mark), so the
    // document's text is the store's text exactly.
    EditorState.lineSeparator.of('\n'),
    history(),
    // No Tab binding: Tab moves the focus on, as in any form field.
    keymap.of([...defaultKeymap, ...historyKeymap]),
    EditorView.lineWrapping,
    // Prompts are not prose to correct: no spelling marks, no capitals or corrections put in.
    EditorView.contentAttributes.of({ spellcheck: 'false', autocorrect: 'off', autocapitalize: 'off' }),
    highlightSpecialChars(),
    EditorView.theme({
      // As tall as the textarea it replaces, whatever the text: the count and the summary
      // below stay in view; the editor scrolls inside.
      // Its size set from outside (contain: strict): what changes inside it, a keystroke
      // or new colours, lays out only the editor, not the page around it.
      '&': { height: `${rows * 1.5 + 1}rem`, contain: 'strict' },
      '.cm-scroller': { fontFamily: 'inherit', lineHeight: '1.5rem', overflow: 'auto' },
    }),
  ]
}
