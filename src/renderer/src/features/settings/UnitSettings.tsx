import { useId } from 'react'
import { FEVER_THRESHOLD } from '@shared/clinical/symptoms'
import { toIsoDate } from '@shared/dates'
import type { Settings } from '@shared/domain/settings'
import { displayLocale, formatDay, formatTemperature } from '@shared/format'
import {
  TEMPERATURE_SETTINGS,
  WEEK_DAY_NAMES,
  WEEK_START_SETTINGS,
  temperatureUnitFor,
  weekStartFor,
  type TemperatureSetting,
  type WeekStartSetting,
} from '@shared/units'
import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { FormActions, FormError } from '@renderer/components/form/Field'
import { Form } from '@renderer/components/form/Form'
import { checkedInput } from '@renderer/components/form/form-logic'
import { useFormField } from '@renderer/components/form/Form'
import { FieldError } from '@renderer/components/form/FieldError'
import { useForm } from '@renderer/components/form/useForm'
import { useChannel, useChannelMutation } from '@renderer/lib/channels'
import './settings.css'

const UNIT_WORDS = { celsius: 'Celsius (°C)', fahrenheit: 'Fahrenheit (°F)' } as const
const DAY_WORDS = { monday: 'Monday', sunday: 'Sunday', saturday: 'Saturday' } as const

/** One question answered by radio buttons, its error tied to the group like any field's. */
function Choice<V extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  error: own,
  field,
}: {
  legend: string
  name: string
  options: readonly { value: V; label: string }[]
  value: V
  onChange: (value: V) => void
  error?: string | undefined
  field?: string | undefined
}) {
  const id = useId()
  const error = useFormField({ field, label: legend, target: id, error: own })
  return (
    <fieldset
      id={id}
      className="yes-no"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="field--inline">
          <input
            type="radio"
            name={name}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          {o.label}
        </label>
      ))}
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  )
}

function UnitsForm({ saved }: { saved: Settings }) {
  const id = useId()
  const save = useChannelMutation('settings:save')
  const form = useForm({
    initial: { temperatureUnit: saved.temperatureUnit, weekStart: saved.weekStart },
    submit: (values) => save.mutateAsync(checkedInput('settings:save', values)),
  })
  const locale = displayLocale()
  const regionUnit = UNIT_WORDS[temperatureUnitFor('auto', locale)]
  const regionDay = WEEK_DAY_NAMES[weekStartFor('auto', locale)]
  return (
    <Form form={form} aria-label="Units and calendar">
      <FormError />
      <Choice<TemperatureSetting>
        legend="Temperatures"
        name={`${id}-temperature`}
        options={TEMPERATURE_SETTINGS.map((value) => ({
          value,
          label: value === 'auto' ? `As in your region: ${regionUnit}` : UNIT_WORDS[value],
        }))}
        {...form.pick('temperatureUnit')}
      />
      <Choice<WeekStartSetting>
        legend="Weeks start on"
        name={`${id}-week`}
        options={WEEK_START_SETTINGS.map((value) => ({
          value,
          label: value === 'auto' ? `As in your region: ${regionDay}` : DAY_WORDS[value],
        }))}
        {...form.pick('weekStart')}
      />
      <FormActions submitLabel="Save units" pending={form.pending} />
      <p role="status" className="hint">
        {save.isSuccess && !form.pending ? 'Saved.' : ''}
      </p>
    </Form>
  )
}

/**
 * Temperature unit (the fever warning) and the first day of the week (the report's weekly
 * chart): the person's region decides until they choose.
 */
export function UnitSettings() {
  const settings = useChannel('settings:get')
  return (
    <section className="card" aria-labelledby="settings-units">
      <h2 id="settings-units">Units and calendar</h2>
      <p className="hint">
        Dates and numbers are written as this computer’s region writes them (today is{' '}
        {formatDay(toIsoDate(new Date()))}). The fever warning names its threshold in your unit:
        over {formatTemperature(FEVER_THRESHOLD)}.
      </p>
      {settings.isError ? (
        <ErrorBanner title="Your settings could not be loaded." error={settings.error} />
      ) : null}
      {settings.data ? <UnitsForm saved={settings.data} /> : null}
    </section>
  )
}
