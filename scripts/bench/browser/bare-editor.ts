// The editor alone, as the prompt box sets it up (editor-setup.ts), with none of the page around
// it: no store, no count, no colouring. The bench sets its text and types into it, to show what
// CodeMirror itself costs a keystroke beside what promptmeter adds.
import { EditorView } from '@codemirror/view'
import { PROMPT_ROWS } from '../../../src/ui/input/box-rows.ts'
import { editorSetup } from '../../../src/ui/input/editor-setup.ts'

const view = new EditorView({ parent: document.getElementById('editor')!, extensions: editorSetup(PROMPT_ROWS) })
Object.assign(window, {
  setEditorText: (text: string) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }),
})
