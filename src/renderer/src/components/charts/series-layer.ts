import type { useXAxisScale, useYAxisScale } from 'recharts'
import type { SeriesStyle } from './palette'

/** What a layer drawing a chart's series off its scales reads (SeriesMarkers, SeriesLines). */
export interface SeriesLayerProps<Row> {
  rows: readonly Row[]
  /** The field the x axis reads. */
  x: keyof Row
  series: readonly { key: keyof Row; style: SeriesStyle }[]
}

export type Point = readonly [x: number, y: number]

type XScale = NonNullable<ReturnType<typeof useXAxisScale>>
type YScale = NonNullable<ReturnType<typeof useYAxisScale>>

/** Where one series' value of a row sits on the chart; none when the row has no value. */
export function seriesPoint<Row>(
  x: XScale,
  y: YScale,
  row: Row,
  xKey: keyof Row,
  key: keyof Row,
): Point | undefined {
  const value = row[key]
  if (typeof value !== 'number') return undefined
  const cx = x(row[xKey], { position: 'middle' })
  const cy = y(value)
  return cx === undefined || cy === undefined ? undefined : [cx, cy]
}
