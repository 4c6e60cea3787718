/**
 * How each series is drawn. Colours come from CSS (Okabe–Ito, with light and dark shades) through
 * `currentColor`; every series also has its own dash pattern and marker shape, so nothing is
 * told by colour alone.
 */
export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'cross' | 'star' | 'wye'

export interface SeriesStyle {
  label: string
  /** CSS class that sets `color` for the series. */
  tone: string
  dash?: string
  width?: number
  marker?: MarkerShape
}

export const SERIES = {
  morningStiffness: { label: 'Morning stiffness', tone: 'tone-morning', marker: 'circle' },
  eveningStiffness: {
    label: 'Evening stiffness',
    tone: 'tone-evening',
    dash: '7 4',
    marker: 'square',
  },
  morningPain: { label: 'Morning pain', tone: 'tone-morning', marker: 'circle' },
  eveningPain: { label: 'Evening pain', tone: 'tone-evening', dash: '7 4', marker: 'square' },
  painRolling7: { label: '7-day average pain', tone: 'tone-rolling', dash: '2 3', width: 3 },
  spasmFrequency: {
    label: 'Spasm frequency (highest of the day)',
    tone: 'tone-spasm',
    marker: 'diamond',
  },
} satisfies Record<string, SeriesStyle>

const TREATMENT_MARKERS: readonly MarkerShape[] = [
  'circle',
  'square',
  'diamond',
  'triangle',
  'cross',
  'star',
  'wye',
]

/** Treatment kinds cycle through marker shapes and six tones; the axis names each row. */
export function treatmentStyle(index: number): { tone: string; marker: MarkerShape } {
  return {
    tone: `tone-t${index % 6}`,
    marker: TREATMENT_MARKERS[index % TREATMENT_MARKERS.length] ?? 'circle',
  }
}
