import { useId } from 'react'
import { isIsoDate } from '@shared/dates'
import type { DateRange } from '@shared/domain/common'
import { allTime, lastDays } from '@renderer/lib/range'
import './RangePicker.css'

interface RangePreset {
  id: string
  label: string
  /** Spoken name, e.g. "last 2 weeks". */
  name: string
  range: (now: Date) => DateRange
}

const RANGE_PRESETS: readonly RangePreset[] = [
  { id: '2W', label: '2W', name: 'Last 2 weeks', range: (now) => lastDays(14, now) },
  { id: '1M', label: '1M', name: 'Last month', range: (now) => lastDays(30, now) },
  { id: '3M', label: '3M', name: 'Last 3 months', range: (now) => lastDays(91, now) },
  { id: '6M', label: '6M', name: 'Last 6 months', range: (now) => lastDays(182, now) },
  { id: '1Y', label: '1Y', name: 'Last year', range: (now) => lastDays(365, now) },
  { id: 'All', label: 'All', name: 'Everything', range: (now) => allTime(now) },
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
      <div className="range-picker__presets" role="group" aria-label={label}>
        {RANGE_PRESETS.map((p) => (
          <button
            key={p.id}
            type="button"
            className="button button--small"
            aria-pressed={value.preset === p.id}
            aria-label={p.name}
            title={p.name}
            onClick={() => onChange({ preset: p.id, range: p.range(new Date()) })}
          >
            {p.label}
          </button>
        ))}
      </div>
      <fieldset className="range-picker__custom">
        <legend className="visually-hidden">Custom range</legend>
        <label htmlFor={`${id}-from`}>From</label>
        <input
          id={`${id}-from`}
          type="date"
          value={shownFrom}
          max={value.range.to}
          onChange={(e) => setCustom(e.target.value, value.range.to)}
        />
        <label htmlFor={`${id}-to`}>to</label>
        <input
          id={`${id}-to`}
          type="date"
          value={value.range.to}
          min={shownFrom || undefined}
          onChange={(e) => setCustom(shownFrom || value.range.from, e.target.value)}
        />
      </fieldset>
    </div>
  )
}
