import { useState, type ReactNode } from 'react'
import { useReadOnly } from '@renderer/lib/journal-status'
import { NamedButton } from './NamedButton'

interface EntryCardProps {
  /** "Morning check-in", "Heat session". */
  title: string
  /** When it happened, in words; names the entry for screen readers and its buttons. */
  when: string
  /** Also print `when` beside the title (lists not already grouped by day). */
  showWhen?: boolean
  /** What the entry said. */
  summary: ReactNode
  /** The edit form; `done` closes it (saved or cancelled). */
  editForm: (done: () => void) => ReactNode
  onDelete: () => void
}

/** One saved entry in a list: its summary, Edit in place, and Delete (the page offers undo). */
export function EntryCard({
  title,
  when,
  showWhen = false,
  summary,
  editForm,
  onDelete,
}: EntryCardProps) {
  const [editing, setEditing] = useState(false)
  const readOnly = useReadOnly()
  const names = ` ${title.toLowerCase()} of ${when}`
  return (
    <article className="entry" aria-label={`${title}, ${when}`}>
      <header className="entry__header">
        <h3>{title}</h3>
        {showWhen ? <span className="hint">{when}</span> : null}
        {!editing ? (
          <div className="entry__actions">
            <NamedButton
              label="Edit"
              names={names}
              className="button button--small"
              disabled={readOnly}
              onClick={() => setEditing(true)}
            />
            <NamedButton
              label="Delete"
              names={names}
              className="button button--small button--danger"
              disabled={readOnly}
              onClick={onDelete}
            />
          </div>
        ) : null}
      </header>
      {editing ? editForm(() => setEditing(false)) : summary}
    </article>
  )
}
