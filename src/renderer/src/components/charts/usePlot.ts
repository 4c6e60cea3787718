import {
  useDeferredValue,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactElement,
} from 'react'

/**
 * How far outside the window a plot counts as near: about half a window, so a chart scrolled
 * towards is drawn before it comes into view.
 */
const NEAR_MARGIN = '50% 0px'

function nearWindow(rect: DOMRect): boolean {
  const margin = window.innerHeight / 2
  return rect.bottom >= -margin && rect.top <= window.innerHeight + margin
}

/**
 * A chart's plot, drawn for what a person can see (see docs/performance.md):
 *
 * - its width is read before the first paint, once, so ResponsiveContainer draws the chart once
 *   at the right size (alone, it draws at a guessed size, measures, and draws again);
 * - a plot near the window is drawn with the page; one further down the page is drawn in the
 *   background after the page has painted (React's deferred rendering, which gives way to
 *   clicks and keys), and while it is further away a new answer (another range) reaches it
 *   the same way. Until its first drawing the plot keeps its height, so nothing moves.
 *
 * The chart's words and its table do not wait: only the picture is deferred. `draw` must keep
 * its identity while the chart is the same (useCallback): the drawn element is kept with it, so
 * a render that changes nothing (the deferred one among them) does not draw the chart again.
 */
export function usePlot<E extends HTMLElement>(draw: (width: number) => ReactElement) {
  const ref = useRef<E>(null)
  const [width, setWidth] = useState<number | null>(null)
  const [near, setNear] = useState(false)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    // One layout read for both, before the first paint.
    const rect = element.getBoundingClientRect()
    setWidth(Math.round(rect.width))
    setNear(nearWindow(rect))
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries.at(-1)
        if (entry) setNear(entry.isIntersecting)
      },
      { rootMargin: NEAR_MARGIN },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  const chart = useMemo(() => (width === null ? null : draw(width)), [draw, width])
  const later = useDeferredValue(chart, null)
  return [ref, near ? chart : later] as const
}
