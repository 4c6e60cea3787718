import type { ButtonHTMLAttributes } from 'react'

/**
 * A button with a short label ("Edit") that tells screen readers what it acts on ("Edit morning
 * check-in of 3 May"), so a list of alike buttons can be told apart by name.
 */
export function NamedButton({
  label,
  names,
  className = 'button',
  ...button
}: Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'children'> & {
  label: string
  /** Said after the label only to screen readers, with its own leading space or colon. */
  names?: string | undefined
}) {
  return (
    <button type="button" className={className} {...button}>
      {label}
      {names ? <span className="visually-hidden">{names}</span> : null}
    </button>
  )
}
