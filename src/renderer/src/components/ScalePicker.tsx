import { useId, useRef, type KeyboardEvent } from 'react'
import { digitChoice, type LastDigit } from './digit-keys'
import { FieldError } from './form/FieldError'
import { useFormField } from './form/Form'
import './ScalePicker.css'

export interface ScaleOption {
  value: number
  label?: string
}

interface ScalePickerProps {
  legend: string
  name: string
  options: readonly ScaleOption[]
  value: number | null
  onChange: (value: number) => void
  /** Words that anchor the ends of the scale, shown every time (e.g. 0 = no pain). */
  anchors?: { low: string; high: string }
  error?: string | undefined
  /** The form's name for the value (`form.pick` gives it): the summary links here. */
  field?: string | undefined
  /** Show each option's label beside its number (for short, named scales). */
  showLabels?: boolean
}

/**
 * A scale as native radio buttons: digit keys pick a value (1 then 0 for 10), arrow keys move
 * along it, Tab leaves it, and the chosen value is marked by weight and an outline as well as
 * colour.
 */
export function ScalePicker({
  legend,
  name,
  options,
  value,
  onChange,
  anchors,
  error: own,
  field,
  showLabels = false,
}: ScalePickerProps) {
  const id = useId()
  const error = useFormField({ field, label: legend, target: id, error: own })
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = [anchors ? hintId : null, error ? errorId : null].filter(Boolean).join(' ')
  const lastDigit = useRef<LastDigit | null>(null)
  const onKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return
    const values = options.map((o) => o.value)
    const choice = digitChoice(values, event.key, lastDigit.current, event.timeStamp)
    if (!choice) return
    event.preventDefault()
    lastDigit.current = choice.last
    onChange(choice.value)
    // Focus follows the choice, so the arrow keys go on from there.
    event.currentTarget
      .querySelector<HTMLInputElement>(`input[value="${String(choice.value)}"]`)
      ?.focus()
  }
  return (
    <fieldset
      id={id}
      onKeyDown={onKeyDown}
      className={`scale ${showLabels ? 'scale--labelled' : ''}`}
      data-options={showLabels ? undefined : options.length}
      aria-describedby={describedBy || undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend>{legend}</legend>
      <div className="scale__options">
        {options.map((option) => (
          <label key={option.value} className="scale__option">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              aria-label={option.label ? `${option.value}: ${option.label}` : String(option.value)}
            />
            <span className="scale__value">{option.value}</span>
            {showLabels && option.label ? (
              <span className="scale__label">{option.label}</span>
            ) : null}
          </label>
        ))}
      </div>
      {anchors ? (
        <p id={hintId} className="scale__anchors">
          <span>0 = {anchors.low}</span>
          <span>
            {options[options.length - 1]?.value} = {anchors.high}
          </span>
        </p>
      ) : null}
      <FieldError id={errorId} message={error} />
    </fieldset>
  )
}
