import { formatTime } from '@shared/format'
import { useState } from 'react'
import { useAppEvent } from '@renderer/lib/useAppEvent'
import './Notices.css'

interface Notice {
  id: number
  title: string
  body: string
  at: string
}

/** The newest few are kept; older ones have been seen or replaced by a later phase. */
const MAX_NOTICES = 5
let nextId = 1

/**
 * Messages the system could not show as desktop notifications (no notification daemon on
 * Linux, an unsigned macOS build): a reminder or a timer's phase change is never lost silently.
 * They wait here, newest first, until dismissed.
 */
export function Notices() {
  const [notices, setNotices] = useState<Notice[]>([])
  useAppEvent('app:notice', ({ title, body }) => {
    const at = formatTime(new Date())
    setNotices((list) => [{ id: nextId++, title, body, at }, ...list].slice(0, MAX_NOTICES))
  })
  const dismiss = (id: number) => setNotices((list) => list.filter((n) => n.id !== id))
  return (
    // Always in the page, so its live region exists before the first message arrives.
    <div className="notices no-print" aria-live="polite">
      {notices.length > 0 ? (
        <p className="hint notices__why">
          Shown here because this computer did not show {notices.length === 1 ? 'it' : 'them'} as a
          desktop notification.
        </p>
      ) : null}
      {notices.map((notice) => (
        <div key={notice.id} className="banner banner--info notice">
          <p className="notice__text">
            <strong>{notice.title}</strong> <span className="notice__time">at {notice.at}</span>
            {notice.body ? <span className="notice__body">{notice.body}</span> : null}
          </p>
          <button
            type="button"
            className="button button--small"
            aria-label={`Dismiss: ${notice.title}`}
            onClick={() => dismiss(notice.id)}
          >
            Dismiss
          </button>
        </div>
      ))}
    </div>
  )
}
