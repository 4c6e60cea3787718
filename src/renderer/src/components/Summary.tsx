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

/** The free-text notes, when there are any, saying when they are marked for the doctor. */
export function NotesItem({ notes, forDoctor = false }: { notes: string; forDoctor?: boolean }) {
  return notes ? (
    <SummaryItem term={forDoctor ? 'Notes · for my doctor' : 'Notes'} wide>
      {notes}
    </SummaryItem>
  ) : null
}
