import { NEVER_FORCE, STRETCHES } from './model/protocols'
import './timers.css'

export function NeverForce() {
  return (
    <p className="timer-warning">
      <span aria-hidden="true">⚠ </span>
      {NEVER_FORCE}
    </p>
  )
}

export function StretchList() {
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
