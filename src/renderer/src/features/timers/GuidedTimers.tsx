import { useId, useState } from 'react'
import type { TimerView } from '../../../shared/timers/guided-timer'
import {
  BREATHING_MINUTES,
  BREATH_SECONDS,
  HEAT_MINUTES,
  ICE_ADVICE,
  NEVER_FORCE,
  STRETCHES,
  STRETCH_HOLD_SECONDS,
  breathingProtocol,
  heatProtocol,
  iceProtocol,
  stretchProtocol,
  type TimerKind,
} from '../../../shared/timers/protocols'
import { ScoreScale } from '../components/ScoreScale'
import { formatClock, useGuidedTimer } from './TimerProvider'

const CHOICES: readonly { kind: TimerKind; label: string; summary: string }[] = [
  { kind: 'ice', label: 'Ice', summary: ICE_ADVICE },
  { kind: 'heat', label: 'Heat', summary: '15–20 minutes with a heat pad, warm bath or shower.' },
  {
    kind: 'stretch',
    label: 'Stretch routine',
    summary: 'Chair twist, seated twist, lying twist: each held 15–30 s, left then right.',
  },
  {
    kind: 'breathing',
    label: 'Slow breathing',
    summary: `Breathe in ${BREATH_SECONDS.inhale} s, pause ${BREATH_SECONDS.pause} s, breathe out ${BREATH_SECONDS.exhale} s, for the minutes you choose.`,
  },
]

const HEAT_OPTIONS = range(HEAT_MINUTES.min, HEAT_MINUTES.max, 1)
const HOLD_OPTIONS = range(STRETCH_HOLD_SECONDS.min, STRETCH_HOLD_SECONDS.max, 5)
const BREATHING_OPTIONS = [1, 2, 3, 5, 10, 15, 20, 30].filter(
  (m) => m >= BREATHING_MINUTES.min && m <= BREATHING_MINUTES.max,
)

function range(from: number, to: number, step: number): number[] {
  const out: number[] = []
  for (let n = from; n <= to; n += step) out.push(n)
  return out
}

/** Pick a protocol and its length, rate the pain, start. */
function TimerSetup() {
  const id = useId()
  const { start } = useGuidedTimer()
  const [kind, setKind] = useState<TimerKind>('ice')
  const [heatMinutes, setHeatMinutes] = useState<number>(HEAT_MINUTES.default)
  const [holdSeconds, setHoldSeconds] = useState<number>(STRETCH_HOLD_SECONDS.default)
  const [breathMinutes, setBreathMinutes] = useState<number>(BREATHING_MINUTES.default)
  const [painBefore, setPainBefore] = useState<number | null>(null)
  const [error, setError] = useState<string | undefined>()

  const onStart = () => {
    if (painBefore === null) {
      setError('Rate your pain before you start, so the session can show what it changed.')
      return
    }
    setError(undefined)
    const protocol =
      kind === 'ice'
        ? iceProtocol()
        : kind === 'heat'
          ? heatProtocol(heatMinutes)
          : kind === 'stretch'
            ? stretchProtocol(holdSeconds)
            : breathingProtocol(breathMinutes)
    start(protocol, painBefore)
  }

  return (
    <div className="timer-setup">
      <fieldset className="timer-choice">
        <legend>Choose a guided routine</legend>
        {CHOICES.map((choice) => (
          <label key={choice.kind} className="timer-choice__option">
            <input
              type="radio"
              name={`${id}-kind`}
              value={choice.kind}
              checked={kind === choice.kind}
              onChange={() => setKind(choice.kind)}
            />
            <span>
              <strong>{choice.label}</strong>
              <span className="hint timer-choice__summary">{choice.summary}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {kind === 'heat' ? (
        <div className="field field--inline">
          <label htmlFor={`${id}-heat`}>Minutes of heat</label>
          <select
            id={`${id}-heat`}
            value={heatMinutes}
            onChange={(e) => setHeatMinutes(Number(e.target.value))}
          >
            {HEAT_OPTIONS.map((m) => (
              <option key={m} value={m}>
                {m} minutes
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {kind === 'stretch' ? (
        <>
          <div className="field field--inline">
            <label htmlFor={`${id}-hold`}>Hold each side for</label>
            <select
              id={`${id}-hold`}
              value={holdSeconds}
              onChange={(e) => setHoldSeconds(Number(e.target.value))}
            >
              {HOLD_OPTIONS.map((s) => (
                <option key={s} value={s}>
                  {s} seconds
                </option>
              ))}
            </select>
          </div>
          <StretchList />
        </>
      ) : null}
      {kind === 'breathing' ? (
        <div className="field field--inline">
          <label htmlFor={`${id}-breath`}>Breathe for</label>
          <select
            id={`${id}-breath`}
            value={breathMinutes}
            onChange={(e) => setBreathMinutes(Number(e.target.value))}
          >
            {BREATHING_OPTIONS.map((m) => (
              <option key={m} value={m}>
                {m} {m === 1 ? 'minute' : 'minutes'}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <ScoreScale
        measure="pain"
        legend="Pain before you start"
        name={`${id}-before`}
        value={painBefore}
        onChange={(v) => {
          setPainBefore(v)
          setError(undefined)
        }}
        error={error}
      />
      <div className="form-actions">
        <button type="button" className="button button--primary" onClick={onStart}>
          Start {CHOICES.find((c) => c.kind === kind)?.label.toLowerCase()}
        </button>
        <span className="hint">You will be asked about your pain again at the end.</span>
      </div>
    </div>
  )
}

function NeverForce() {
  return (
    <p className="timer-warning">
      <span aria-hidden="true">⚠ </span>
      {NEVER_FORCE}
    </p>
  )
}

function StretchList() {
  return (
    <>
      <NeverForce />
      <ol className="stretch-list">
        {STRETCHES.map((s) => (
          <li key={s.key}>
            <strong>{s.name}.</strong> {s.instruction}
          </li>
        ))}
      </ol>
    </>
  )
}

/** The breathing cue without sound: a circle that grows, holds and shrinks, plus the word. */
function BreathingPacer({ view }: { view: TimerView }) {
  return (
    <div className="pacer" data-phase={view.phase.key} data-paused={view.status === 'paused'}>
      <div className="pacer__shape" aria-hidden="true" />
      <p className="pacer__word">{view.phase.title}</p>
    </div>
  )
}

function RunningTimer({ view }: { view: TimerView }) {
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

function PainAfter({ view }: { view: TimerView }) {
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

/** The guided timers section of the Treatments page. */
export function GuidedTimers() {
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
