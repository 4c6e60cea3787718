import { describe, expect, it } from 'vitest'
import { markerPaint, markerPath } from './markers'
import { TREATMENT_KINDS } from '@shared/domain/treatment'
import {
  SERIES,
  seriesLine,
  TREATMENT_STYLES,
  treatmentLineStyle,
  type MarkerShape,
} from './palette'

const SHAPES: MarkerShape[] = ['circle', 'square', 'diamond', 'triangle', 'cross', 'star', 'wye']

/** The absolute points a path moves or draws to (M and L; the circle's arcs are relative). */
function points(d: string): [number, number][] {
  return [...d.matchAll(/[ML](-?\d+\.\d),(-?\d+\.\d)/g)].map((m) => [Number(m[1]), Number(m[2])])
}

describe('marker paths', () => {
  it('draws each shape centred on its point, at one decimal', () => {
    expect(markerPath('square', 10, 20, 4)).toBe('M6.6,16.6h6.8v6.8h-6.8Z')
    expect(markerPath('diamond', 10, 20, 4)).toBe('M10.0,15.2L14.0,20.0L10.0,24.8L6.0,20.0Z')
    expect(markerPath('triangle', 0, 0, 5)).toBe('M0.0,-5.0L5.0,4.0L-5.0,4.0Z')
    expect(markerPath('cross', 10, 20, 4)).toBe('M6.0,20.0H14.0M10.0,16.0V24.0')
    expect(markerPath('circle', 10, 20, 4)).toBe(
      'M6.0,20.0a4.0,4.0 0 1,0 8.0,0a4.0,4.0 0 1,0 -8.0,0',
    )
  })

  it('keeps every shape inside a box of ±1.2 r round its point (the star reaches it)', () => {
    for (const shape of SHAPES) {
      for (const [x, y] of points(markerPath(shape, 50, 50, 5))) {
        expect(Math.max(Math.abs(x - 50), Math.abs(y - 50)), shape).toBeLessThanOrEqual(6)
      }
    }
    const star = points(markerPath('star', 0, 0, 10))
    expect(star).toHaveLength(10)
    expect(star[0]).toEqual([0, -12])
  })

  it('joins many markers into one path by concatenation', () => {
    const one = markerPath('square', 1, 1, 2)
    const two = markerPath('square', 9, 1, 2)
    expect(`${one}${two}`.match(/M/g)).toHaveLength(2)
  })

  it('strokes the line shapes and fills the others', () => {
    expect(markerPaint('cross')).toEqual({ fill: 'none', stroke: 'currentColor', strokeWidth: 2 })
    expect(markerPaint('wye').fill).toBe('none')
    expect(markerPaint('square')).toEqual({ fill: 'currentColor', stroke: 'none', strokeWidth: 0 })
  })
})

describe('the chart palette', () => {
  it('tells the series of one chart apart without colour: dash and marker differ', () => {
    for (const [a, b] of [
      [SERIES.morningStiffness, SERIES.eveningStiffness],
      [SERIES.morningPain, SERIES.eveningPain],
      [SERIES.pain, SERIES.stiffness],
    ] as const) {
      expect('dash' in a ? a.dash : undefined).not.toBe('dash' in b ? b.dash : undefined)
      expect(a.marker).not.toBe(b.marker)
    }
  })

  it('gives every treatment kind its own marker and tone pair, the same at every range', () => {
    const pairs = TREATMENT_KINDS.map((kind) => {
      const s = TREATMENT_STYLES[kind]
      return `${s.tone}/${s.marker}`
    })
    expect(new Set(pairs).size).toBe(TREATMENT_KINDS.length)
    // Fixed by the kind, not by which kinds a range holds.
    expect(TREATMENT_STYLES.ice).toEqual({ tone: 'tone-t1', marker: 'square' })
    expect(treatmentLineStyle('ice')).toMatchObject({
      label: 'Ice',
      tone: 'tone-t1',
      marker: 'square',
    })
  })

  it('draws a series line with its tone, dash and marker, or without markers when dense', () => {
    expect(seriesLine(SERIES.eveningPain)).toMatchObject({
      className: 'tone-evening',
      stroke: 'currentColor',
      strokeDasharray: '7 4',
      strokeWidth: 2,
      dot: { symbol: 'square', r: 3.5, className: 'tone-evening' },
    })
    expect(seriesLine(SERIES.eveningPain, { markers: false }).dot).toBe(false)
    expect(seriesLine(SERIES.painRolling7).dot).toBe(false)
    expect(seriesLine(SERIES.painRolling7).strokeWidth).toBe(3)
  })
})
