import { useId, useState } from 'react'
import type { TimerKind } from './model/protocols'
import { PainStep } from './PainStep'
import { TIMER_CHOICES, TIMER_KINDS } from './timer-choices'
import { StretchList } from './TimerNotes'
import { useGuidedTimer } from './TimerProvider'
import './timers.css'
import { useReadOnly } from '@renderer/lib/journal-status'

const initialLengths = () =>
  Object.fromEntries(
    TIMER_KINDS.map((kind) => [kind, TIMER_CHOICES[kind].length?.initial ?? 0]),
  ) as Record<TimerKind, number>

/** Pick a routine and its length, rate the pain, start. */
export function TimerSetup() {
  const id = useId()
  const { start } = useGuidedTimer()
  // A timer logs a session when it ends: nothing can be logged to a read-only journal.
  const readOnly = useReadOnly()
  const [kind, setKind] = useState<TimerKind>('ice')
  // Each routine keeps its own chosen length while the person looks at the others.
  const [lengths, setLengths] = useState(initialLengths)
  const choice = TIMER_CHOICES[kind]
  const length = choice.length

  return (
    <div className="timer-setup">
      <fieldset className="timer-choice">
        <legend>Choose a guided routine</legend>
        {TIMER_KINDS.map((k) => (
          <label key={k} className="timer-choice__option">
            <input
              type="radio"
              name={`${id}-kind`}
              value={k}
              checked={kind === k}
              onChange={() => setKind(k)}
            />
            <span>
              <strong>{TIMER_CHOICES[k].label}</strong>
              <span className="hint timer-choice__summary">{TIMER_CHOICES[k].summary}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {length ? (
        <div className="field field--inline">
          <label htmlFor={`${id}-${kind}`}>{length.label}</label>
          <select
            id={`${id}-${kind}`}
            value={lengths[kind]}
            onChange={(e) => setLengths((l) => ({ ...l, [kind]: Number(e.target.value) }))}
          >
            {length.options.map((n) => (
              <option key={n} value={n}>
                {length.say(n)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {kind === 'stretch' ? <StretchList /> : null}
      <PainStep
        legend="Pain before you start"
        missing="Rate your pain before you start, so the session can show what it changed."
        action={`Start ${choice.label.toLowerCase()}`}
        disabled={readOnly}
        onRated={(pain) => start(choice.protocol(lengths[kind]), pain)}
      >
        <span className="hint">You will be asked about your pain again at the end.</span>
      </PainStep>
    </div>
  )
}
