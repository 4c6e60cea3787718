import { useEffect, useRef, useState, type ReactNode } from 'react'

/**
 * A data table that may be wider than the window scrolls inside this region, never the page
 * (WCAG 1.4.10). While it does scroll, the region is a named tab stop, so keyboard users can
 * reach it and scroll it with the arrow keys (WCAG 2.1.1); while it fits, it is a plain box.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null)
  const [scrolls, setScrolls] = useState(false)
  useEffect(() => {
    const region = ref.current
    if (!region) return
    const measure = () => setScrolls(region.scrollWidth > region.clientWidth + 1)
    const observer = new ResizeObserver(measure)
    observer.observe(region)
    for (const child of region.children) observer.observe(child)
    measure()
    return () => observer.disconnect()
  }, [])
  return (
    <div
      ref={ref}
      className="table-scroll"
      {...(scrolls ? { role: 'region', 'aria-label': label, tabIndex: 0 } : {})}
    >
      {children}
    </div>
  )
}
