import { useState, type DragEvent, type ReactNode } from 'react'
import { useOpenFile } from '../hooks/use-open-file.ts'

/** A drop target around the prompt boxes: a file dropped there is opened, not pasted as text. */
export function FileDrop({ children }: { children: ReactNode }) {
  const open = useOpenFile()
  const [over, setOver] = useState(false)
  const onDrop = (event: DragEvent) => {
    const file = event.dataTransfer.files[0]
    if (!file) return
    // Before the editor, which would insert the file's text where it was dropped.
    event.preventDefault()
    event.stopPropagation()
    setOver(false)
    void open(file)
  }
  return (
    <div
      className={`rounded ${over ? 'outline outline-2 outline-teal-600' : ''}`}
      onDragOverCapture={(event) => {
        if (event.dataTransfer.types.includes('Files')) {
          event.preventDefault()
          setOver(true)
        }
      }}
      onDragLeave={() => setOver(false)}
      onDropCapture={onDrop}
    >
      {children}
    </div>
  )
}
