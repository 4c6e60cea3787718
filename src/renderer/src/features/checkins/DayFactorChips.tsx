import { useId } from 'react'
import { FACTOR_CODES, FACTORS, type FactorCode } from '@shared/clinical/factors'
import { CheckField } from '@renderer/components/form/Field'
import { useFormField } from '@renderer/components/form/Form'
import { FieldError } from '@renderer/components/form/FieldError'
import { useChannel, useChannelMutation } from '@renderer/lib/channels'
import './checkins.css'

/**
 * Today's factors on the evening check-in: one click per chip, all off to begin with. Asking is
 * itself optional and remembered (the `eveningFactors` setting, off until turned on); an evening
 * that already has factors shows them whatever the setting.
 */
export function DayFactorChips({
  value,
  onChange,
  error: own,
  field,
}: {
  /** The chips pressed, or null while none were recorded for this evening. */
  value: FactorCode[] | null
  onChange: (value: FactorCode[] | null) => void
  error?: string | undefined
  field?: string | undefined
}) {
  const id = useId()
  const error = useFormField({ field, label: 'Today’s factors', target: `${id}-chips`, error: own })
  const settings = useChannel('settings:get')
  const remember = useChannelMutation('settings:save')
  const asking = settings.data?.eveningFactors === true
  const shown = asking || value !== null
  const pressed = value ?? []
  const setAsking = (on: boolean) => {
    remember.mutate({ eveningFactors: on })
    // Turned off, nothing is recorded for this evening; turned on, every chip starts off.
    onChange(on ? pressed : null)
  }
  return (
    <div className="day-factors">
      <CheckField
        label="Also note what happened today (long sitting, lifting, sleep, stress…)"
        checked={shown}
        onChange={setAsking}
      />
      {shown ? (
        <div
          id={`${id}-chips`}
          role="group"
          aria-labelledby={`${id}-label`}
          className="day-factors__chips"
        >
          <p id={`${id}-label`} className="hint">
            Today, did you… (press each that applies; none pressed means none of these)
          </p>
          {FACTOR_CODES.map((code) => {
            const on = pressed.includes(code)
            return (
              <button
                key={code}
                type="button"
                className="button button--small button--choice"
                aria-pressed={on}
                onClick={() =>
                  onChange(on ? pressed.filter((c) => c !== code) : [...pressed, code])
                }
              >
                {on ? <span aria-hidden="true">✓ </span> : null}
                {FACTORS[code].today}
              </button>
            )
          })}
        </div>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  )
}
