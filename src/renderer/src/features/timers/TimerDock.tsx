import { formatTime } from '@shared/format'
import type { TimerView } from './model/guided-timer'
import type { NextRoundView } from './model/next-round'
import { formatClock } from './format-clock'
import './timers.css'

export interface RoundOffer {
  view: NextRoundView
  remind: () => void
  forget: () => void
  close: () => void
}

/**
 * The next round of ice as the dock states it: when, and a reminder only if asked for
 * (docs/clinical-rules.md#guided-timers).
 */
function NextRoundLine({ round }: { round: RoundOffer }) {
  const at = formatTime(new Date(round.view.atMs))
  const { status } = round.view
  return (
    <div className="timer-dock__round">
      <p className="timer-dock__round-text" role="status">
        {status === 'due'
          ? `Ice: time for the next round (${at}).`
          : status === 'reminding'
            ? `Ice: next round at ${at}. You will be reminded.`
            : `Ice: next round at ${at}.`}
      </p>
      <div className="timer-dock__actions">
        {status === 'offered' ? (
          <button type="button" className="button button--small" onClick={round.remind}>
            Remind me
          </button>
        ) : null}
        {status === 'reminding' ? (
          <button type="button" className="button button--small" onClick={round.forget}>
            Don’t remind me
          </button>
        ) : null}
        {status === 'due' ? (
          <a className="button button--small" href="#/treatments">
            Start ice
          </a>
        ) : null}
        {status !== 'reminding' ? (
          <button
            type="button"
            className="button button--small"
            onClick={round.close}
            aria-label="Close the next round"
          >
            Close
          </button>
        ) : null}
      </div>
    </div>
  )
}

/**
 * Visible on every page while a session exists, or the next round of ice is offered; its live
 * region speaks each phase change.
 */
export function TimerDock({
  view,
  onDismiss,
  round,
}: {
  view: TimerView | null
  onDismiss: () => void
  round: RoundOffer | null
}) {
  const cue = view?.cue
  const done = view?.status === 'logged' || view?.status === 'cancelled'
  return (
    // Always in the page (clipped when idle) so its live region exists before the first cue.
    <aside
      className={view || round ? 'timer-dock' : 'timer-dock timer-dock--idle'}
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
      {round ? <NextRoundLine round={round} /> : null}
      {/* Outside the keyed body so it persists and announces each new cue. */}
      <p className="timer-dock__cue" role="status" aria-live="polite">
        {cue?.text ?? ''}
      </p>
    </aside>
  )
}
