import {
  startTransition,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactElement,
} from 'react'
import { whenIdle } from './idle-queue'

function inWindow(rect: DOMRect): boolean {
  return rect.bottom > 0 && rect.top < window.innerHeight
}

/**
 * A chart's plot, drawn for what a person can see (see docs/performance.md):
 *
 * - its width is read before the first paint, once, so ResponsiveContainer draws the chart once
 *   at the right size (alone, it draws at a guessed size, measures, and draws again);
 * - a plot whose chart (its `figure`) is in the window is drawn with the page; one outside
 *   it is drawn when the page is next idle, after the frame with the charts in view, one chart
 *   per idle period in the page's order (`whenIdle`), so a click or a key never waits behind
 *   more than one chart. A new answer (another range) reaches a plot outside the window the
 *   same way, and an `IntersectionObserver` draws a waiting plot at once when it is scrolled
 *   into view. Until it is drawn the plot keeps its height, so nothing moves;
 * - an `eager` plot (the printed report's) is drawn with the page wherever it is.
 *
 * The chart's words and its table do not wait: only the picture is. `draw` must keep its
 * identity while the chart is the same (useCallback): a plot shows the chart of the `draw` it
 * was last allowed, so a render that changes nothing does not draw the chart again.
 */
export function usePlot<E extends HTMLElement>(
  draw: (width: number) => ReactElement,
  /** Drawn with the page wherever it is: a page that is printed as it stands (the report). */
  { eager = false }: { eager?: boolean } = {},
) {
  const ref = useRef<E>(null)
  const [width, setWidth] = useState<number | null>(null)
  const [seen, setSeen] = useState(false)
  const [allowed, setAllowed] = useState<typeof draw | null>(null)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    // The chart's frame: once its title shows, its plot is a short scroll away.
    const frame = element.closest('figure') ?? element
    // One layout read for both, before the first paint.
    setWidth(Math.round(element.getBoundingClientRect().width))
    setSeen(inWindow(frame.getBoundingClientRect()))
    const observer = new IntersectionObserver((entries) => {
      const entry = entries.at(-1)
      if (entry) setSeen(entry.isIntersecting)
    })
    observer.observe(frame)
    return () => observer.disconnect()
  }, [])
  const chart = useMemo(() => (width === null ? null : draw(width)), [draw, width])
  // In the window, a new chart is drawn in this very render (React's pattern for state that
  // follows props), before the page paints.
  if ((seen || eager) && chart !== null && allowed !== draw) setAllowed(() => draw)
  const waiting = chart !== null && allowed !== draw
  useEffect(() => {
    if (!waiting) return
    return whenIdle(() => startTransition(() => setAllowed(() => draw)))
  }, [waiting, draw])
  return [ref, allowed === draw ? chart : null] as const
}
