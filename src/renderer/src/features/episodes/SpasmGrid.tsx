import { useId, type KeyboardEvent } from 'react'
import { PENN_FREQUENCY, PENN_SEVERITY } from '@shared/scales'
import { FieldError } from '@renderer/components/form/FieldError'
import { useFormField } from '@renderer/components/form/Form'

// "No spasms" is not an answer to "Spasm now".
const FREQUENCY = PENN_FREQUENCY.filter((f) => f.value > 0)
const LEGEND = 'Spasms: how often since the last check-in, and how severe'

/**
 * How often and how severe in one choice: a grid of native radio buttons, a row per frequency
 * and a column per severity, so a person in a spasm answers both with one click
 * (docs/reminders.md#today-on-a-bad-day). Arrow keys move along a row; up and down move between rows.
 */
export function SpasmGrid({
  name,
  frequency,
  severity,
  onChange,
}: {
  name: string
  frequency: number | null
  severity: number | null
  onChange: (frequency: number, severity: number) => void
}) {
  const id = useId()
  const frequencyError = useFormField({
    field: 'spasmFrequency',
    label: 'How often',
    target: id,
    error: undefined,
  })
  const severityError = useFormField({
    field: 'spasmSeverity',
    label: 'How severe',
    target: id,
    error: undefined,
  })
  const error = [frequencyError, severityError].filter(Boolean).join(' ')
  const columns = PENN_SEVERITY.length
  const onKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return
    const radios = [...event.currentTarget.querySelectorAll<HTMLInputElement>('input[type=radio]')]
    const at = radios.findIndex((r) => r === document.activeElement)
    const next = radios[at + (event.key === 'ArrowDown' ? columns : -columns)]
    if (at < 0 || !next) return
    event.preventDefault()
    next.focus()
    next.click()
  }
  return (
    <fieldset
      id={id}
      className="spasm-grid"
      onKeyDown={onKeyDown}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{LEGEND}</legend>
      <div className="spasm-grid__table">
        <span aria-hidden="true" />
        {PENN_SEVERITY.map((s) => (
          <span key={s.value} className="spasm-grid__head" aria-hidden="true">
            {s.label}
          </span>
        ))}
        {FREQUENCY.map((f) => (
          <div key={f.value} className="spasm-grid__row">
            <span className="spasm-grid__often" aria-hidden="true">
              {f.label}
            </span>
            {PENN_SEVERITY.map((s) => (
              <label key={s.value} className="spasm-grid__cell">
                <input
                  type="radio"
                  name={name}
                  value={`${f.value}-${s.value}`}
                  checked={frequency === f.value && severity === s.value}
                  onChange={() => onChange(f.value, s.value)}
                  aria-label={`${f.label}, ${s.label.toLowerCase()}`}
                />
              </label>
            ))}
          </div>
        ))}
      </div>
      <FieldError id={`${id}-error`} message={error || undefined} />
    </fieldset>
  )
}
