import { useId, useState, type ReactNode } from 'react'
import { ScoreScale } from '@renderer/components/ScoreScale'

/**
 * The pain rating a timer session needs before it starts and again when it ends, with the button
 * that goes on with it: nothing is chosen at first, and pressing the button while it is missing
 * shows `missing` under the scale instead of calling `onRated`.
 */
export function PainStep({
  legend,
  missing,
  action,
  disabled,
  onRated,
  children,
}: {
  legend: string
  missing: string
  action: string
  disabled: boolean
  onRated: (pain: number) => void
  /** More controls beside the button. */
  children?: ReactNode
}) {
  const id = useId()
  const [pain, setPain] = useState<number | null>(null)
  const [error, setError] = useState<string | undefined>()
  const onClick = () => {
    setError(pain === null ? missing : undefined)
    if (pain !== null) onRated(pain)
  }
  return (
    <>
      <ScoreScale
        measure="pain"
        legend={legend}
        name={`${id}-pain`}
        value={pain}
        onChange={(value) => {
          setPain(value)
          setError(undefined)
        }}
        error={error}
      />
      <div className="form-actions">
        <button
          type="button"
          className="button button--primary"
          onClick={onClick}
          disabled={disabled}
        >
          {action}
        </button>
        {children}
      </div>
    </>
  )
}
