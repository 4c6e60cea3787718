import { useLayoutEffect, useState } from 'react'
import { CartesianGrid } from 'recharts'

/**
 * A chart's dashed grid, drawn from the chart's second render on (still before it paints).
 * recharts registers the axes in layout effects, so on the first render the grid works its
 * lines out against a stand-in axis with a category per point, measuring every point's label
 * in the DOM (a forced layout each: about 90 on three months of days) before doing it again
 * against the real axes. The update from the layout effect lands before the paint, so the
 * grid is never missing from the screen (see docs/performance.md).
 */
export function ChartGrid() {
  const [axesSet, setAxesSet] = useState(false)
  // The second render is the point: it comes after the axes' own layout effects.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useLayoutEffect(() => setAxesSet(true), [])
  return axesSet ? <CartesianGrid strokeDasharray="3 3" className="chart-grid" /> : null
}
