import { RECOVERED_PAIN_MAX } from '@shared/clinical/insights'
import {
  TREATMENT_KINDS,
  TREATMENT_KIND_LABELS,
  type TreatmentKind,
} from '@shared/domain/treatment'

/**
 * The one chart palette. Colours are Okabe–Ito, set in CSS (`charts.css`, a darker shade on light
 * backgrounds and a lighter one on dark) and reached through `currentColor` by a tone class;
 * every series also has its own dash pattern and marker shape, so nothing is told by colour alone.
 * A new chart takes its series from here.
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

const DASHED = '7 4'
const TREATMENT_DASHES: readonly (string | undefined)[] = [undefined, DASHED, '2 3']

export const SERIES = {
  morningStiffness: { label: 'Morning stiffness', tone: 'tone-morning', marker: 'circle' },
  eveningStiffness: {
    label: 'Evening stiffness',
    tone: 'tone-evening',
    dash: DASHED,
    marker: 'square',
  },
  morningPain: { label: 'Morning pain', tone: 'tone-morning', marker: 'circle' },
  eveningPain: { label: 'Evening pain', tone: 'tone-evening', dash: DASHED, marker: 'square' },
  painRolling7: { label: '7-day average pain', tone: 'tone-rolling', dash: '2 3', width: 3 },
  spasmFrequency: {
    label: 'Spasm frequency (highest of the day)',
    tone: 'tone-spasm',
    marker: 'diamond',
  },
  /** An episode's daily means, whatever the part of the day. */
  pain: { label: 'Pain (solid line, circles)', tone: 'tone-pain', marker: 'circle' },
  stiffness: {
    label: 'Stiffness (dashed line, squares)',
    tone: 'tone-stiffness',
    dash: DASHED,
    marker: 'square',
  },
  episode: { label: 'Shaded: spasm episode', tone: 'tone-episode', width: 10 },
  /** Insights: how often a factor came before a spasm, and on other days (bars). */
  beforeSpasm: { label: 'Before a spasm', tone: 'tone-t1' },
  otherDays: { label: 'On other days (dashed outline)', tone: 'tone-t0', dash: '4 3' },
  /** Insights: every earlier episode's pain curve, thin and grey behind the recent ones. */
  earlierEpisodes: { label: 'Earlier episodes', tone: 'tone-episode', width: 1 },
  recovered: {
    label: `Recovered: pain ${RECOVERED_PAIN_MAX} or less`,
    tone: 'tone-rolling',
    dash: '2 3',
    width: 1,
  },
  pegScore: { label: 'Weekly PEG score', tone: 'tone-pain', marker: 'triangle' },
} satisfies Record<string, SeriesStyle>

const RECENT: readonly Omit<SeriesStyle, 'label'>[] = [
  { tone: 'tone-t0', marker: 'circle' },
  { tone: 'tone-t1', dash: DASHED, marker: 'square' },
  { tone: 'tone-t2', dash: '2 3', marker: 'diamond', width: 2.5 },
]

/** The most recent episodes on the recovery chart: newest first, each its own tone, dash, marker. */
export function recentEpisodeStyle(index: number, label: string): SeriesStyle {
  return { label, ...(RECENT[index % RECENT.length] ?? { tone: 'tone-t0' }) }
}

const TREATMENT_MARKERS: readonly MarkerShape[] = [
  'circle',
  'square',
  'diamond',
  'triangle',
  'cross',
  'star',
  'wye',
]

/**
 * One tone and marker per treatment kind, fixed by the kind's place in TREATMENT_KINDS (six
 * tones by seven shapes: 13 distinct pairs), so a kind looks the same at every range and on
 * every chart, whichever other kinds are drawn beside it. The axis or legend names each kind.
 */
export const TREATMENT_STYLES = Object.fromEntries(
  TREATMENT_KINDS.map((kind, i) => [
    kind,
    { tone: `tone-t${i % 6}`, marker: TREATMENT_MARKERS[i % TREATMENT_MARKERS.length] ?? 'circle' },
  ]),
) as Record<TreatmentKind, { tone: string; marker: MarkerShape }>

/** A treatment kind drawn as a line (Insights by phase): its marker, tone and a dash pattern. */
export function treatmentLineStyle(kind: TreatmentKind): SeriesStyle {
  const i = TREATMENT_KINDS.indexOf(kind)
  return {
    label: TREATMENT_KIND_LABELS[kind],
    ...TREATMENT_STYLES[kind],
    dash: TREATMENT_DASHES[i % TREATMENT_DASHES.length],
  }
}

/**
 * A recharts <Line>'s look for a series: its tone, dash and width, and its marker on every point
 * (`dotRadius`) unless the points are too dense for markers to help.
 */
export function seriesLine(style: SeriesStyle, { dotRadius = 3.5, markers = true } = {}) {
  return {
    name: style.label,
    className: style.tone,
    stroke: 'currentColor',
    strokeWidth: style.width ?? 2,
    strokeDasharray: style.dash,
    // Dots are drawn in their own layer, outside the line's group: give them the tone too.
    dot:
      style.marker && markers
        ? { symbol: style.marker, r: dotRadius, fill: 'currentColor', className: style.tone }
        : false,
    isAnimationActive: false,
  } as const
}
