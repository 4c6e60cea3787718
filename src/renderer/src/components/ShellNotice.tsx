import './ShellNotice.css'

/** A message above every screen until dismissed (what a journal repair step did, for instance). */
export function ShellNotice({ message, onDismiss }: { message: string; onDismiss: () => void }) {
  return (
    <div className="banner banner--info shell-notice" role="status">
      <p>{message}</p>
      <button type="button" className="button button--small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  )
}
