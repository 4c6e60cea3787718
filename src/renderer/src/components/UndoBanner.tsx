/** "Deleted … Undo / Dismiss": deletes act at once and can be taken back. */
export function UndoBanner({
  message,
  onUndo,
  onDismiss,
  pending,
}: {
  message: string | null
  onUndo: () => void
  onDismiss: () => void
  pending: boolean
}) {
  return (
    <div aria-live="polite">
      {message ? (
        <div className="banner banner--info" role="status">
          <span>{message}</span>
          <button
            type="button"
            className="button button--small"
            onClick={onUndo}
            disabled={pending}
          >
            Undo
          </button>
          <button type="button" className="button button--small" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      ) : null}
    </div>
  )
}
