import type { TimerView } from './model/guided-timer'
import { ICE_ADVICE } from './model/protocols'
import { formatClock } from './format-clock'
import { NeverForce } from './TimerNotes'
import { useGuidedTimer } from './TimerProvider'
import './timers.css'

/** The breathing cue without sound: a circle that grows, holds and shrinks, plus the word. */
function BreathingPacer({ view }: { view: TimerView }) {
  return (
    <div className="pacer" data-phase={view.phase.key} data-paused={view.status === 'paused'}>
      <div className="pacer__shape" aria-hidden="true" />
      <p className="pacer__word">{view.phase.title}</p>
    </div>
  )
}

/** The countdown of the phase under way, with pause, finish and cancel. */
export function RunningTimer({ view }: { view: TimerView }) {
  const { timer } = useGuidedTimer()
  if (!timer) return null
  const paused = view.status === 'paused'
  const progress = 1 - view.phaseRemainingMs / Math.max(1, view.phaseDurationMs)
  return (
    <div className="timer-running" aria-label={`${view.title} timer`} role="group">
      {view.kind === 'ice' ? <p className="hint">{ICE_ADVICE}</p> : null}
      {view.kind === 'stretch' ? <NeverForce /> : null}
      <div className="timer-running__main">
        {view.kind === 'breathing' ? <BreathingPacer view={view} /> : null}
        <div>
          {view.kind !== 'breathing' ? (
            <p className="timer-running__phase">{view.phase.title}</p>
          ) : null}
          <p className="timer-running__time">
            <span className="visually-hidden">Time left in this phase: </span>
            {formatClock(view.phaseRemainingMs)}
            {paused ? <span className="badge timer-running__paused">Paused</span> : null}
          </p>
          <progress
            className="timer-running__progress"
            max={100}
            value={Math.round(progress * 100)}
            aria-label="Progress through this phase"
          />
          <p className="timer-running__instruction">{view.phase.instruction}</p>
        </div>
      </div>
      <div className="form-actions">
        {paused ? (
          <button type="button" className="button button--primary" onClick={() => timer.resume()}>
            Resume
          </button>
        ) : (
          <button type="button" className="button" onClick={() => timer.pause()}>
            Pause
          </button>
        )}
        <button type="button" className="button" onClick={() => timer.finish()}>
          {view.kind === 'ice' ? 'Stop ice and rate pain' : 'Finish early and rate pain'}
        </button>
        <button type="button" className="button button--danger" onClick={() => timer.cancel()}>
          Cancel (log nothing)
        </button>
      </div>
    </div>
  )
}
