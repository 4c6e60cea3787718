import { useLayoutEffect, useRef, useState, type RefObject } from 'react'

/**
 * An element's width in CSS pixels, kept as it resizes; null until it is laid out. Measured
 * before the first paint, so what depends on it is asked for in the same frame.
 */
export function useWidth<E extends HTMLElement>(): [RefObject<E | null>, number | null] {
  const ref = useRef<E>(null)
  const [width, setWidth] = useState<number | null>(null)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const measure = () => setWidth(element.getBoundingClientRect().width)
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return [ref, width]
}
