import { useId, useState } from 'react'
import { FEVER_THRESHOLD } from '@shared/clinical/symptoms'
import { toIsoDate } from '@shared/dates'
import type { Settings } from '@shared/domain/settings'
import { displayLocale, formatDay, formatTemperature, type TemperatureUnit } from '@shared/format'
import {
  TEMPERATURE_SETTINGS,
  WEEK_DAY_NAMES,
  WEEK_START_SETTINGS,
  temperatureUnitFor,
  weekStartFor,
  type TemperatureSetting,
  type WeekDay,
  type WeekStartSetting,
} from '@shared/units'
import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { checkedInput } from '@renderer/components/form/form-logic'
import { useChannel, useChannelMutation } from '@renderer/lib/channels'
import { SavedNote, useSaveAsYouGo } from './save-as-you-go'
import './settings.css'

const UNIT_WORDS = { celsius: 'Celsius (°C)', fahrenheit: 'Fahrenheit (°F)' } as const
const DAY_WORDS = { monday: 'Monday', sunday: 'Sunday', saturday: 'Saturday' } as const

/** One question answered by radio buttons. */
function Choice<V extends string>({
  legend,
  name,
  options,
  value,
  onChange,
}: {
  legend: string
  name: string
  options: readonly { value: V; label: string }[]
  value: V
  onChange: (value: V) => void
}) {
  return (
    <fieldset className="yes-no">
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
    </fieldset>
  )
}

type Units = Pick<Settings, 'temperatureUnit' | 'weekStart'>

/** The region's own choice is offered once, as "as in your region", never again by name. */
function unitOptions(regionUnit: TemperatureUnit) {
  return TEMPERATURE_SETTINGS.filter((v) => v !== regionUnit).map((value) => ({
    value,
    label: value === 'auto' ? `As in your region: ${UNIT_WORDS[regionUnit]}` : UNIT_WORDS[value],
  }))
}

function dayOptions(regionDay: WeekDay) {
  return WEEK_START_SETTINGS.filter((v) => v === 'auto' || weekStartFor(v, 'en') !== regionDay).map(
    (value) => ({
      value,
      label:
        value === 'auto' ? `As in your region: ${WEEK_DAY_NAMES[regionDay]}` : DAY_WORDS[value],
    }),
  )
}

function UnitsForm({ saved }: { saved: Settings }) {
  const id = useId()
  const locale = displayLocale()
  const regionUnit = temperatureUnitFor('auto', locale)
  const regionDay = weekStartFor('auto', locale)
  // A choice equal to the region's shows as "as in your region", its one place on screen.
  const shownUnit = (v: TemperatureSetting) => (v === regionUnit ? 'auto' : v)
  const shownDay = (v: WeekStartSetting) =>
    v !== 'auto' && weekStartFor(v, locale) === regionDay ? 'auto' : v
  const [units, setUnits] = useState<Units>({
    temperatureUnit: shownUnit(saved.temperatureUnit),
    weekStart: shownDay(saved.weekStart),
  })
  const save = useChannelMutation('settings:save')
  const describe = (before: Units, after: Units) =>
    [
      before.temperatureUnit !== after.temperatureUnit
        ? `temperatures in ${UNIT_WORDS[temperatureUnitFor(after.temperatureUnit, locale)]}`
        : '',
      before.weekStart !== after.weekStart
        ? `weeks start on ${WEEK_DAY_NAMES[weekStartFor(after.weekStart, locale)]}`
        : '',
    ]
      .filter(Boolean)
      .join('; ')
  const { commit, note, error } = useSaveAsYouGo<Units>({
    saved: units,
    save: (value) => save.mutateAsync(checkedInput('settings:save', value)),
    describe,
  })
  const change = (next: Units) => {
    setUnits(next)
    // Refused (a read-only journal): the screen goes back to what is saved.
    void commit(next).then(setUnits)
  }
  return (
    <div className="settings-units">
      <Choice<TemperatureSetting>
        legend="Temperatures"
        name={`${id}-temperature`}
        options={unitOptions(regionUnit)}
        value={units.temperatureUnit}
        onChange={(temperatureUnit) => change({ ...units, temperatureUnit })}
      />
      <Choice<WeekStartSetting>
        legend="Weeks start on"
        name={`${id}-week`}
        options={dayOptions(regionDay)}
        value={units.weekStart}
        onChange={(weekStart) => change({ ...units, weekStart })}
      />
      <SavedNote
        note={note}
        error={error}
        failed="Your units were not saved."
        onUndo={(before) => {
          setUnits(before)
          void commit(before, true).then(setUnits)
        }}
      />
    </div>
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
