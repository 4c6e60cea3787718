import { useId, type Ref } from 'react'
import { FieldError } from './FieldError'
import './ChoiceField.css'

interface ChoiceFieldProps<T extends string> {
  legend: string
  options: readonly { value: T; label: string }[]
  value: T | null
  onChange: (value: T) => void
  error?: string | undefined
  /** The first radio, for a form that starts here. */
  firstRef?: Ref<HTMLInputElement> | undefined
}

/**
 * One of a few named choices as native radio buttons in a fieldset, its error tied to the group
 * like any field's (for numbered scales, ScalePicker).
 */
export function ChoiceField<T extends string>({
  legend,
  options,
  value,
  onChange,
  error,
  firstRef,
}: ChoiceFieldProps<T>) {
  const id = useId()
  return (
    <fieldset
      className="choice-field"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      {options.map((option, i) => (
        <label key={option.value} className="choice">
          <input
            ref={i === 0 ? firstRef : undefined}
            type="radio"
            name={id}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  )
}
