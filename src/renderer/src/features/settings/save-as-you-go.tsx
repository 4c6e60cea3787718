import { useCallback, useEffect, useRef, useState } from 'react'
import { ErrorBanner } from '@renderer/components/ErrorBanner'

interface Note<T> {
  /** What was saved (or undone), in words. */
  text: string
  /** The value before the change, for Undo; null once undone. */
  undo: T | null
}

/**
 * Settings that save as they are made (docs/architecture.md#settings): each change is saved at
 * once and confirmed in words with an Undo; nothing waits for a Save button, so nothing is lost
 * by leaving the page. `describe` says what changed between two values ('' when nothing did);
 * changes are saved one after another, in the order they were made.
 */
export function useSaveAsYouGo<T>({
  saved,
  save,
  describe,
}: {
  saved: T
  /** Saves `value`; `before` is what is saved now, for a patch of what changed. */
  save: (value: T, before: T) => Promise<unknown>
  describe: (before: T, after: T) => string
}) {
  const last = useRef(saved)
  const queue = useRef<Promise<void>>(Promise.resolve())
  const [note, setNote] = useState<Note<T> | null>(null)
  const [error, setError] = useState<unknown>(null)
  /** Saves `next` after any change before it; resolves to what is saved now. */
  const commit = useCallback(
    (next: T, undoing = false): Promise<T> => {
      const run = queue.current.then(async () => {
        const before = last.current
        const text = describe(before, next)
        if (!text) return before
        try {
          await save(next, before)
          last.current = next
          setError(null)
          setNote(
            undoing
              ? { text: `Undone: ${text}.`, undo: null }
              : { text: `Saved: ${text}.`, undo: before },
          )
          return next
        } catch (failure) {
          setError(failure)
          setNote(null)
          return before
        }
      })
      queue.current = run.then(() => undefined)
      return run
    },
    [save, describe],
  )
  return { commit, note, error }
}

/** Saves what is still on screen when the page is left (a time typed but not yet left). */
export function useSaveOnLeave<T>(current: T, commit: (value: T) => Promise<T>): void {
  const latest = useRef({ current, commit })
  useEffect(() => {
    latest.current = { current, commit }
  })
  useEffect(
    () => () => {
      void latest.current.commit(latest.current.current)
    },
    [],
  )
}

/** The short confirmation of the last change, with Undo; or why it was not saved. */
export function SavedNote<T>({
  note,
  error,
  failed,
  onUndo,
}: {
  note: Note<T> | null
  error: unknown
  /** The banner's title when a change was refused: "Your reminder settings were not saved." */
  failed: string
  onUndo: (before: T) => void
}) {
  return (
    <>
      {error ? <ErrorBanner title={failed} error={error} /> : null}
      <p role="status" className="hint saved-note">
        {note ? (
          <>
            <span aria-hidden="true">✓ </span>
            {note.text}{' '}
            {note.undo !== null ? (
              <button
                type="button"
                className="button button--small"
                onClick={() => onUndo(note.undo as T)}
              >
                Undo
              </button>
            ) : null}
          </>
        ) : null}
      </p>
    </>
  )
}
