import { useLayoutEffect, useRef, useState } from 'react'

/**
 * The width of an element, read before the first paint. Given to ResponsiveContainer as its
 * initial size, a chart is drawn once: alone, it first draws at a guessed size, then measures
 * and draws every chart again (it still follows later resizes itself).
 */
export function useMeasuredWidth<E extends HTMLElement>() {
  const ref = useRef<E>(null)
  const [width, setWidth] = useState<number | null>(null)
  useLayoutEffect(() => {
    if (ref.current) setWidth(Math.round(ref.current.getBoundingClientRect().width))
  }, [])
  return [ref, width] as const
}
