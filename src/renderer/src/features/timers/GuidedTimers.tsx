import { PainAfter } from './PainAfter'
import { RunningTimer } from './RunningTimer'
import { TimerSetup } from './TimerSetup'
import { useGuidedTimer } from './TimerProvider'
import './timers.css'

/** Choose and start a routine, follow it, rate the pain after (also offered after "Spasm now"). */
export function TimerPanel() {
  const { view, dismiss } = useGuidedTimer()
  if (!view) return <TimerSetup />
  return (
    <div className="timer-panel">
      <h3 className="timer-panel__title">{view.title}</h3>
      {view.status === 'running' || view.status === 'paused' ? <RunningTimer view={view} /> : null}
      {view.status === 'finished' || view.status === 'saving' ? <PainAfter view={view} /> : null}
      {view.status === 'logged' || view.status === 'cancelled' ? (
        <div className="form-actions">
          <p className="timer-panel__done">
            {view.status === 'logged' ? (
              <>
                <span aria-hidden="true">✓ </span>Logged in your treatments.
              </>
            ) : (
              'Cancelled. Nothing was logged.'
            )}
          </p>
          <button type="button" className="button" onClick={dismiss}>
            Start another timer
          </button>
        </div>
      ) : null}
    </div>
  )
}

/** The guided timers card: choose and start a routine, follow it, rate the pain after. */
export function GuidedTimers() {
  return (
    <section className="card" aria-labelledby="guided-timers">
      <header className="card__header">
        <h2 id="guided-timers">Guided timers</h2>
      </header>
      <TimerPanel />
    </section>
  )
}
