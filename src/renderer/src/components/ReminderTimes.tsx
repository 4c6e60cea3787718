import { useId } from 'react'
import { REMINDER_SLOTS, type Reminders } from '@shared/domain/reminders'
import { TimeField } from './form/TimeField'
import { FieldError } from './form/FieldError'
import './ReminderTimes.css'

const LABELS = {
  morning: 'Remind me of the morning check-in',
  evening: 'Remind me of the evening check-in',
}

/**
 * The two reminders, each a tick box and a time (Settings and the welcome). `errors` are keyed
 * like main's issues: `reminders.morning.time`.
 */
export function ReminderTimes({
  value,
  onChange,
  errors = {},
}: {
  value: Reminders
  onChange: (value: Reminders) => void
  errors?: Readonly<Record<string, string>>
}) {
  const id = useId()
  return (
    <div className="reminder-times">
      {REMINDER_SLOTS.map((slot) => {
        const error = errors[`reminders.${slot}.time`] ?? errors[`reminders.${slot}`]
        const errorId = `${id}-${slot}-error`
        return (
          <div key={slot} className="reminder-times__row">
            <input
              id={`${id}-${slot}-on`}
              type="checkbox"
              checked={value[slot].enabled}
              onChange={(e) =>
                onChange({ ...value, [slot]: { ...value[slot], enabled: e.target.checked } })
              }
            />
            <label htmlFor={`${id}-${slot}-on`}>{LABELS[slot]}</label>
            <label htmlFor={`${id}-${slot}-time`} className="visually-hidden">
              {`${slot === 'morning' ? 'Morning' : 'Evening'} reminder time`}
            </label>
            <TimeField
              id={`${id}-${slot}-time`}
              value={value[slot].time}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              onChange={(time) => onChange({ ...value, [slot]: { ...value[slot], time } })}
            />
            <FieldError id={errorId} message={error} />
          </div>
        )
      })}
    </div>
  )
}
