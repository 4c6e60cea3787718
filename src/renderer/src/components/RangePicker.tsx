import { useId } from 'react'
import { isIsoDate } from '@shared/dates'
import type { DateRange } from '@shared/domain/common'
import { allTime, lastDays } from '@renderer/lib/range'
import { DateField } from './form/DateField'
import './RangePicker.css'

interface RangePreset {
  id: string
  /** What the button says, which is also its whole accessible name (WCAG 2.5.3). */
  label: string
  range: (now: Date) => DateRange
}

const RANGE_PRESETS: readonly RangePreset[] = [
  { id: '2W', label: '2 weeks', range: (now) => lastDays(14, now) },
  { id: '1M', label: '1 month', range: (now) => lastDays(30, now) },
  { id: '3M', label: '3 months', range: (now) => lastDays(91, now) },
  { id: '6M', label: '6 months', range: (now) => lastDays(182, now) },
  { id: '1Y', label: '1 year', range: (now) => lastDays(365, now) },
  { id: 'All', label: 'All', range: (now) => allTime(now) },
]

export interface RangeChoice {
  preset: string | null
  range: DateRange
}

/** A preset chosen as of `now` (the first preset if the id is unknown). */
export function presetChoice(id: string, now: Date = new Date()): RangeChoice {
  const preset = RANGE_PRESETS.find((p) => p.id === id) ?? RANGE_PRESETS[0]
  if (!preset) throw new Error('No range presets are defined.')
  return { preset: preset.id, range: preset.range(now) }
}

/** Preset buttons plus a custom from–to range; the custom dates apply once both are valid. */
export function RangePicker({
  value,
  onChange,
  label = 'Range',
}: {
  value: RangeChoice
  onChange: (choice: RangeChoice) => void
  label?: string
}) {
  const id = useId()
  const shownFrom = value.range.from === allTime().from ? '' : value.range.from
  const setCustom = (from: string, to: string) => {
    if (isIsoDate(from) && isIsoDate(to) && from <= to)
      onChange({ preset: null, range: { from, to } })
  }
  return (
    <div className="range-picker">
      <div className="range-picker__presets" role="group" aria-labelledby={`${id}-label`}>
        <span id={`${id}-label`} className="range-picker__label">
          {label}
        </span>
        {RANGE_PRESETS.map((p) => (
          <button
            key={p.id}
            type="button"
            className="button button--small"
            aria-pressed={value.preset === p.id}
            onClick={() => onChange({ preset: p.id, range: p.range(new Date()) })}
          >
            {p.label}
          </button>
        ))}
      </div>
      <fieldset className="range-picker__custom">
        <legend className="visually-hidden">Custom range</legend>
        <label htmlFor={`${id}-from`}>From</label>
        <DateField
          id={`${id}-from`}
          value={shownFrom}
          max={value.range.to}
          onChange={(from) => setCustom(from, value.range.to)}
        />
        <label htmlFor={`${id}-to`}>to</label>
        <DateField
          id={`${id}-to`}
          value={value.range.to}
          min={shownFrom || undefined}
          onChange={(to) => setCustom(shownFrom || value.range.from, to)}
        />
      </fieldset>
    </div>
  )
}
