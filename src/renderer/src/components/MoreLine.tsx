import { useId, type ReactNode } from 'react'
import './MoreLine.css'

interface MoreLineProps {
  /** What the line opens: "Evening check-in". */
  title: string
  /** Where it stands, in a few words: "later today, from 14:00". */
  status: ReactNode
  open: boolean
  onOpenChange: (open: boolean) => void
  /** Mounted only while open, so a closed line costs nothing. */
  children: ReactNode
}

/**
 * One line of "Also today" that opens on demand: a disclosure button with what it is and where
 * it stands. Today lists them in a `<ul className="more-lines">`; a new line is one more
 * `<MoreLine>` in that list.
 */
export function MoreLine({ title, status, open, onOpenChange, children }: MoreLineProps) {
  const id = useId()
  return (
    <li className={open ? 'more-line more-line--open' : 'more-line'}>
      <button
        type="button"
        className="more-line__toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => onOpenChange(!open)}
      >
        <span aria-hidden="true" className="more-line__mark">
          {open ? '▾' : '▸'}
        </span>
        <span className="more-line__title">{title}</span>
        <span className="more-line__status">{status}</span>
      </button>
      <div id={id} className="more-line__body" hidden={!open}>
        {open ? children : null}
      </div>
    </li>
  )
}
