import { useId, useState, type KeyboardEvent } from 'react'
import './DateField.css'

/** The control props a <Field> hands on (or an `id` for a label of its own). */
export interface TextControl {
  id?: string | undefined
  autoFocus?: boolean
  'aria-invalid'?: true | undefined
  'aria-describedby'?: string | undefined
}

/**
 * A text box typed as the display locale writes a value, with the pattern beside it and read
 * with it: what DateField and TimeField share. While being typed, `onChange` gets the value once
 * `parse` reads the text, else the text itself (a form sends it, and main says what is wrong).
 * `step`, when given, answers the value arrow up (+1) or down (−1) moves to (null: stay).
 */
export function PatternedText({
  value,
  onChange,
  parse,
  format,
  pattern,
  size,
  inputMode,
  step,
  ...control
}: TextControl & {
  value: string
  onChange: (value: string) => void
  parse: (text: string) => string | null
  format: (value: string) => string
  pattern: string
  size: number
  inputMode?: 'numeric'
  step?: (from: string, direction: 1 | -1) => string | null
}) {
  const formatId = useId()
  // What the person is typing; null shows `value` in the locale's format.
  const [draft, setDraft] = useState<string | null>(null)
  const shown = draft ?? (format(value) || value)
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!step || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return
    // What is typed if it reads, else the value if it is a real one (it then has a format).
    const current = parse(shown) ?? (format(value) ? value : null)
    if (!current) return
    event.preventDefault()
    const next = step(current, event.key === 'ArrowUp' ? 1 : -1)
    if (next === null) return
    setDraft(null)
    onChange(next)
  }
  return (
    <span className="date-field">
      <input
        {...control}
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        spellCheck={false}
        size={size}
        aria-describedby={[control['aria-describedby'], formatId].filter(Boolean).join(' ')}
        value={shown}
        onChange={(e) => {
          setDraft(e.target.value)
          onChange(parse(e.target.value) ?? e.target.value.trim())
        }}
        onBlur={() => {
          if (parse(shown) !== null) setDraft(null)
        }}
        onKeyDown={step ? onKeyDown : undefined}
      />
      <span id={formatId} className="date-field__format">
        {pattern}
      </span>
    </span>
  )
}
