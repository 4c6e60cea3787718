import { addDays } from 'date-fns'
import { useId, useState, type KeyboardEvent } from 'react'
import { fromIsoDate, isIsoDate, toIsoDate } from '@shared/dates'
import {
  datePattern,
  formatDateText,
  formatTimeText,
  parseDateText,
  parseTimeText,
  timePattern,
} from './date-text'
import './DateField.css'

interface TextControl {
  id?: string | undefined
  autoFocus?: boolean
  'aria-invalid'?: true | undefined
  'aria-describedby'?: string | undefined
}

/**
 * A text box for one date, shown and typed as the display locale writes it (DD/MM/YYYY in the
 * UK, MM/DD/YYYY in the US, DD.MM.YYYY in Germany, ISO everywhere), with the pattern beside it.
 * While being typed, `onChange` gets the ISO date once the text is one, else the text itself (a
 * form sends it, and main says it is not a date). Arrow up and down move a day, within min–max.
 * Spread a <Field>'s control props onto it, or give it an `id` for a label of its own.
 */
export function DateField({
  value,
  onChange,
  min,
  max,
  ...control
}: TextControl & {
  value: string
  onChange: (value: string) => void
  min?: string | undefined
  max?: string | undefined
}) {
  const formatId = useId()
  // What the person is typing; null shows `value` in the locale's format.
  const [draft, setDraft] = useState<string | null>(null)
  const shown = draft ?? (formatDateText(value) || value)
  const step = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return
    const current = parseDateText(shown) ?? (isIsoDate(value) ? value : null)
    if (!current) return
    event.preventDefault()
    const next = toIsoDate(addDays(fromIsoDate(current), event.key === 'ArrowUp' ? 1 : -1))
    if ((min && next < min) || (max && next > max)) return
    setDraft(null)
    onChange(next)
  }
  return (
    <span className="date-field">
      <input
        {...control}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        size={11}
        aria-describedby={[control['aria-describedby'], formatId].filter(Boolean).join(' ')}
        value={shown}
        onChange={(e) => {
          setDraft(e.target.value)
          onChange(parseDateText(e.target.value) ?? e.target.value.trim())
        }}
        onBlur={() => {
          if (parseDateText(shown) !== null) setDraft(null)
        }}
        onKeyDown={step}
      />
      <span id={formatId} className="date-field__format">
        {datePattern()}
      </span>
    </span>
  )
}

/**
 * A time of day (`HH:MM`, 24-hour) shown and typed on the locale's clock (19:05 or 7:05 PM;
 * either is read), with the pattern beside it. Until the text is a time, `onChange` gets the
 * text itself. Spread a <Field>'s control props onto it, or give it an `id` for its own label.
 */
export function TimeField({
  value,
  onChange,
  ...control
}: TextControl & { value: string; onChange: (value: string) => void }) {
  const formatId = useId()
  const [draft, setDraft] = useState<string | null>(null)
  const shown = draft ?? (formatTimeText(value) || value)
  return (
    <span className="date-field">
      <input
        {...control}
        type="text"
        autoComplete="off"
        spellCheck={false}
        size={8}
        aria-describedby={[control['aria-describedby'], formatId].filter(Boolean).join(' ')}
        value={shown}
        onChange={(e) => {
          setDraft(e.target.value)
          onChange(parseTimeText(e.target.value) ?? e.target.value.trim())
        }}
        onBlur={() => {
          if (parseTimeText(shown) !== null) setDraft(null)
        }}
      />
      <span id={formatId} className="date-field__format">
        {timePattern()}
      </span>
    </span>
  )
}

/**
 * A local date and time (`YYYY-MM-DDTHH:MM`) as a DateField and a TimeField; the given control
 * props go to the date, and the time has its own label. Until both parts are real, `onChange`
 * gets what was typed, and main refuses it.
 */
export function DateTimeField({
  value,
  onChange,
  max,
  timeLabel = 'at',
  ...control
}: TextControl & {
  value: string
  onChange: (value: string) => void
  max?: string | undefined
  timeLabel?: string
}) {
  const timeId = useId()
  const [date = '', time = ''] = value.split('T')
  return (
    <span className="date-field date-field--with-time">
      <DateField
        {...control}
        value={date}
        max={max?.split('T')[0]}
        onChange={(d) => onChange(`${d}T${time}`)}
      />
      <label htmlFor={timeId}>{timeLabel}</label>
      <TimeField
        id={timeId}
        aria-invalid={control['aria-invalid']}
        value={time}
        onChange={(t) => onChange(`${date}T${t}`)}
      />
    </span>
  )
}
