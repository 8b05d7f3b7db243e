import { FileOpen } from './file-open.tsx'
import { RequestPartsEditor } from './request-parts-editor.tsx'

/**
 * The request beyond the two boxes (messages, tools, response format) and files, below the
 * answer. (Loaded lazily it saved under 1 KB of the first paint and split it into nine chunks.)
 */
export default function RequestArea() {
  return (
    <div className="flex flex-col gap-3">
      <RequestPartsEditor />
      <FileOpen />
    </div>
  )
}
