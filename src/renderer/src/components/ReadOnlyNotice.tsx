import { useReadOnly, useReadOnlyReason } from '@renderer/lib/journal-status'
import './ReadOnlyNotice.css'

/** Shown above every screen while the journal is read-only. */
export function ReadOnlyNotice() {
  const readOnly = useReadOnly()
  const reason = useReadOnlyReason()
  if (!readOnly) return null
  return (
    <div className="read-only-notice" role="status">
      <strong>Read-only journal.</strong>{' '}
      <span>
        {reason ? `Unknot cannot save here: ${reason}. ` : 'Unknot cannot save to this journal. '}
        You can read and export everything; saving is switched off until the file can be written
        again (then restart Unknot).
      </span>
    </div>
  )
}
