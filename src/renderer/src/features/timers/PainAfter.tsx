import type { TimerView } from './model/guided-timer'
import { PainStep } from './PainStep'
import { useGuidedTimer } from './TimerProvider'
import './timers.css'

/** After a session: rate the pain now, then log it, or discard it. */
export function PainAfter({ view }: { view: TimerView }) {
  const { timer } = useGuidedTimer()
  if (!timer) return null
  return (
    <div className="timer-after" role="group" aria-label="Pain after the session">
      <p>
        {view.completed ? `${view.title} finished.` : `${view.title} stopped.`} Your pain before was{' '}
        {view.painBefore}.
      </p>
      {view.error ? (
        <p className="form-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          The session was not logged: {view.error}
        </p>
      ) : null}
      <PainStep
        legend="Pain now"
        missing="Rate your pain now to log the session, or cancel to log nothing."
        action={view.status === 'saving' ? 'Logging…' : 'Log session'}
        disabled={view.status === 'saving'}
        onRated={(pain) => void timer.save(pain)}
      >
        <button type="button" className="button button--danger" onClick={() => timer.cancel()}>
          Discard (log nothing)
        </button>
      </PainStep>
    </div>
  )
}
