import { useId, useState } from 'react'
import { ScoreScale } from '@renderer/components/ScoreScale'
import type { TimerView } from './model/guided-timer'
import { useGuidedTimer } from './TimerProvider'
import './timers.css'

/** After a session: rate the pain now, then log it, or discard it. */
export function PainAfter({ view }: { view: TimerView }) {
  const id = useId()
  const { timer } = useGuidedTimer()
  const [painAfter, setPainAfter] = useState<number | null>(null)
  const [error, setError] = useState<string | undefined>()
  if (!timer) return null
  const onLog = () => {
    if (painAfter === null) {
      setError('Rate your pain now to log the session, or cancel to log nothing.')
      return
    }
    setError(undefined)
    void timer.save(painAfter)
  }
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
      <ScoreScale
        measure="pain"
        legend="Pain now"
        name={`${id}-after`}
        value={painAfter}
        onChange={(v) => {
          setPainAfter(v)
          setError(undefined)
        }}
        error={error}
      />
      <div className="form-actions">
        <button
          type="button"
          className="button button--primary"
          onClick={onLog}
          disabled={view.status === 'saving'}
        >
          {view.status === 'saving' ? 'Logging…' : 'Log session'}
        </button>
        <button type="button" className="button button--danger" onClick={() => timer.cancel()}>
          Discard (log nothing)
        </button>
      </div>
    </div>
  )
}
