import type { ReactNode } from 'react'

/** What an entry said, as term and value pairs on a grid. */
export function Summary({ children }: { children: ReactNode }) {
  return <dl className="summary">{children}</dl>
}

/** One pair; `wide` spans the grid (notes, lists), `meta` is the quieter bookkeeping. */
export function SummaryItem({
  term,
  wide = false,
  meta = false,
  children,
}: {
  term: string
  wide?: boolean
  meta?: boolean
  children: ReactNode
}) {
  const className = wide ? 'summary__notes' : meta ? 'summary__meta' : undefined
  return (
    <div className={className}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  )
}

/** The free-text notes, when there are any. */
export function NotesItem({ notes }: { notes: string }) {
  return notes ? (
    <SummaryItem term="Notes" wide>
      {notes}
    </SummaryItem>
  ) : null
}
