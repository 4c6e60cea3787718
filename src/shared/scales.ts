/**
 * Clinical scales as docs/clinical-rules.md#scales states them; the app shows the anchors every
 * time.
 */

export const PAIN_ANCHORS = { 0: 'no pain', 10: 'worst pain imaginable' } as const
export const STIFFNESS_ANCHORS = { 0: 'no stiffness', 10: 'worst stiffness imaginable' } as const

// Thresholds live with the other clinical rules; re-exported for the scale's readers.
export { LONG_MORNING_STIFFNESS_MINUTES, MEANINGFUL_CHANGE } from './clinical/thresholds'

export const PENN_FREQUENCY = [
  { value: 0, label: 'No spasms' },
  { value: 1, label: 'Only when provoked (touch, movement)' },
  { value: 2, label: 'Full spasms less than once an hour' },
  { value: 3, label: 'More than once an hour' },
  { value: 4, label: 'More than ten times an hour' },
] as const

export const PENN_SEVERITY = [
  { value: 1, label: 'Mild' },
  { value: 2, label: 'Moderate' },
  { value: 3, label: 'Severe' },
] as const

export function pennFrequencyLabel(value: number): string {
  return PENN_FREQUENCY.find((f) => f.value === value)?.label ?? String(value)
}

export function pennSeverityLabel(value: number): string {
  return PENN_SEVERITY.find((s) => s.value === value)?.label ?? String(value)
}
