import type { MarkerShape } from './palette'

/** SVG path of one marker centred on (x, y) with radius r; stroked shapes are lines only. */
export function markerPath(shape: MarkerShape, x: number, y: number, r: number): string {
  const f = (n: number) => n.toFixed(1)
  switch (shape) {
    case 'square':
      return `M${f(x - r * 0.85)},${f(y - r * 0.85)}h${f(r * 1.7)}v${f(r * 1.7)}h${f(-r * 1.7)}Z`
    case 'diamond':
      return `M${f(x)},${f(y - r * 1.2)}L${f(x + r)},${f(y)}L${f(x)},${f(y + r * 1.2)}L${f(x - r)},${f(y)}Z`
    case 'triangle':
      return `M${f(x)},${f(y - r)}L${f(x + r)},${f(y + r * 0.8)}L${f(x - r)},${f(y + r * 0.8)}Z`
    case 'star': {
      let d = ''
      for (let i = 0; i < 10; i++) {
        const radius = i % 2 === 0 ? r * 1.2 : r * 0.5
        const a = (Math.PI / 5) * i - Math.PI / 2
        d += `${i === 0 ? 'M' : 'L'}${f(x + radius * Math.cos(a))},${f(y + radius * Math.sin(a))}`
      }
      return `${d}Z`
    }
    case 'cross':
      return `M${f(x - r)},${f(y)}H${f(x + r)}M${f(x)},${f(y - r)}V${f(y + r)}`
    case 'wye':
      return `M${f(x)},${f(y)}V${f(y + r)}M${f(x)},${f(y)}L${f(x - r)},${f(y - r * 0.7)}M${f(x)},${f(y)}L${f(x + r)},${f(y - r * 0.7)}`
    default:
      return `M${f(x - r)},${f(y)}a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0`
  }
}

const STROKED: ReadonlySet<MarkerShape> = new Set(['cross', 'wye'])

/** How a marker path is painted: lines are stroked, shapes filled. */
export function markerPaint(shape: MarkerShape) {
  const stroked = STROKED.has(shape)
  return {
    fill: stroked ? 'none' : 'currentColor',
    stroke: stroked ? 'currentColor' : 'none',
    strokeWidth: stroked ? 2 : 0,
  }
}
