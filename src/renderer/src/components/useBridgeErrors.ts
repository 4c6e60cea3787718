import { useCallback, useState } from 'react'
import { BridgeError } from '../api/client'

/**
 * Where a refused save's messages go: each issue next to its field, and a sentence at the top
 * when some issue has no field on this form (or the failure was not a refusal at all).
 */
export function useBridgeErrors(fieldNames: ReadonlySet<string>) {
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<string | null>(null)

  const reset = useCallback(() => {
    setFieldErrors({})
    setFormError(null)
  }, [])

  const show = useCallback(
    (error: Error) => {
      if (!(error instanceof BridgeError)) {
        setFieldErrors({})
        setFormError(error.message)
        return
      }
      const errors = error.fieldErrors()
      setFieldErrors(errors)
      const unplaced = error.issues.filter((i) => !fieldNames.has(i.path))
      setFormError(Object.keys(errors).length > 0 && unplaced.length === 0 ? null : error.message)
    },
    [fieldNames],
  )

  return { fieldErrors, formError, reset, show }
}
