import type { TimerView } from './model/guided-timer'
import { formatClock } from './format-clock'
import './timers.css'

/** Visible on every page while a session exists; its live region speaks each phase change. */
export function TimerDock({ view, onDismiss }: { view: TimerView | null; onDismiss: () => void }) {
  const cue = view?.cue
  const done = view?.status === 'logged' || view?.status === 'cancelled'
  return (
    // Always in the page (clipped when idle) so its live region exists before the first cue.
    <aside
      className={view ? 'timer-dock' : 'timer-dock timer-dock--idle'}
      aria-label="Guided timer"
    >
      {view ? (
        <div key={cue?.id ?? 0} className="timer-dock__body timer-dock__body--flash">
          <p className="timer-dock__title">
            {view.title}
            {view.status === 'running' || view.status === 'paused' ? (
              <>
                {' · '}
                {view.phase.title}
                {' · '}
                <span className="timer-dock__time">{formatClock(view.phaseRemainingMs)}</span>
                {view.status === 'paused' ? ' (paused)' : ''}
              </>
            ) : null}
          </p>
          <div className="timer-dock__actions">
            {done ? (
              <button type="button" className="button button--small" onClick={onDismiss}>
                Close
              </button>
            ) : (
              <a className="button button--small" href="#/treatments">
                {view.status === 'finished' ? 'Rate your pain' : 'Open timer'}
              </a>
            )}
          </div>
        </div>
      ) : null}
      {/* Outside the keyed body so it persists and announces each new cue. */}
      <p className="timer-dock__cue" role="status" aria-live="polite">
        {cue?.text ?? ''}
      </p>
    </aside>
  )
}
