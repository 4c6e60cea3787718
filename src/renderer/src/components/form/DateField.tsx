import { addDays } from 'date-fns'
import { useId } from 'react'
import { fromIsoDate, toIsoDate } from '@shared/dates'
import { datePattern, formatDateText, parseDateText } from './date-text'
import { PatternedText, type TextControl } from './PatternedText'
import { TimeField } from './TimeField'
import './DateField.css'

/**
 * A text box for one date, shown and typed as the display locale writes it (DD/MM/YYYY in the
 * UK, MM/DD/YYYY in the US, DD.MM.YYYY in Germany, ISO everywhere), with the pattern beside it.
 * While being typed, `onChange` gets the ISO date once the text is one, else the text itself (a
 * form sends it, and main says it is not a date). Arrow up and down move a day, within min–max.
 * Spread a <Field>'s control props onto it, or give it an `id` for a label of its own.
 */
export function DateField({
  min,
  max,
  ...props
}: TextControl & {
  value: string
  onChange: (value: string) => void
  min?: string | undefined
  max?: string | undefined
}) {
  const step = (from: string, direction: 1 | -1) => {
    const next = toIsoDate(addDays(fromIsoDate(from), direction))
    return (min && next < min) || (max && next > max) ? null : next
  }
  return (
    <PatternedText
      {...props}
      parse={parseDateText}
      format={formatDateText}
      pattern={datePattern()}
      size={11}
      inputMode="numeric"
      step={step}
    />
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
