import { ErrorBanner } from './ErrorBanner'
import type { useUndoableDelete } from './useUndoableDelete'

type Undoable = Pick<
  ReturnType<typeof useUndoableDelete>,
  'actionError' | 'onUndo' | 'dismiss' | 'restoring'
>

/** "Deleted … Undo / Dismiss": deletes act at once and can be taken back; failures are said. */
export function UndoBanner({ message, undo }: { message: string | null; undo: Undoable }) {
  return (
    <>
      <div aria-live="polite">
        {message ? (
          <div className="banner banner--info" role="status">
            <span>{message}</span>
            <button
              type="button"
              className="button button--small"
              onClick={undo.onUndo}
              disabled={undo.restoring}
            >
              Undo
            </button>
            <button type="button" className="button button--small" onClick={undo.dismiss}>
              Dismiss
            </button>
          </div>
        ) : null}
      </div>
      {undo.actionError ? (
        <ErrorBanner title="That did not work." error={undo.actionError} />
      ) : null}
    </>
  )
}
