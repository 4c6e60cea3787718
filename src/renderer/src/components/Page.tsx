import type { ReactNode, Ref } from 'react'

/** A screen: its heading (the one h1), controls beside it, then its content. */
export function Page({
  title,
  actions,
  className,
  printHeader = true,
  children,
  ref,
}: {
  title: ReactNode
  actions?: ReactNode
  /** Adds a screen's own block class (`trends-page`). */
  className?: string
  /** False leaves the heading off paper (the report prints its own). */
  printHeader?: boolean
  children: ReactNode
  /** The page's box, for a screen that fits its content to the width (Trends). */
  ref?: Ref<HTMLDivElement>
}) {
  return (
    <div ref={ref} className={className ? `page ${className}` : 'page'}>
      <header className={printHeader ? 'page__header' : 'page__header no-print'}>
        <h1>{title}</h1>
        {actions}
      </header>
      {children}
    </div>
  )
}
