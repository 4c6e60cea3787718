import { useState, type KeyboardEvent, type SyntheticEvent } from 'react'
import { BridgeError } from '@renderer/lib/bridge'

export interface FormOptions<V extends object, R> {
  /** The values on screen at first (from the entry being edited, or blank). */
  initial: V | (() => V)
  /** Sends the values; a rejection with a BridgeError puts its issues next to their fields. */
  submit: (values: V) => Promise<R>
  onSaved?: ((result: R) => void) | undefined
  /** Plain Enter saves too, except in a text area, on a button, a summary or a tick box. */
  enterSaves?: boolean
}

/** Said at the top when every issue is shown next to its own field. */
export const SEE_BELOW = 'Some answers need attention; see the messages below.'

/**
 * A form's state and its round trip to main: `values` and `set`, `submit` (once at a time),
 * Ctrl/Cmd+Enter from anywhere, and a refusal's issues mapped onto the fields named by the keys
 * of `values` (an issue on `symptoms.0` goes to `symptoms`); issues on no field, and failures
 * that are not refusals, are said at the top in `formError`.
 */
export function useForm<V extends object, R>({
  initial,
  submit,
  onSaved,
  enterSaves = false,
}: FormOptions<V, R>) {
  const [values, setValues] = useState<V>(initial)
  const [errors, setErrors] = useState<Partial<Record<keyof V & string, string>>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)

  const set = <K extends keyof V>(key: K, value: V[K]) =>
    setValues((current) => ({ ...current, [key]: value }))

  const showError = (error: unknown) => {
    if (!(error instanceof BridgeError)) {
      setErrors({})
      setFormError(error instanceof Error ? error.message : String(error))
      return
    }
    const placed: Partial<Record<string, string>> = {}
    let unplaced = false
    for (const issue of error.issues) {
      const field = issue.path.split('.')[0] ?? ''
      if (Object.hasOwn(values, field)) placed[field] ??= issue.message
      else unplaced = true
    }
    setErrors(placed)
    setFormError(Object.keys(placed).length > 0 && !unplaced ? SEE_BELOW : error.message)
  }

  const send = (event?: SyntheticEvent) => {
    event?.preventDefault()
    if (pending) return
    setPending(true)
    submit(values).then(
      (result) => {
        setPending(false)
        setErrors({})
        setFormError(null)
        onSaved?.(result)
      },
      (error: unknown) => {
        setPending(false)
        showError(error)
      },
    )
  }

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter') return
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault()
      send()
      return
    }
    if (!enterSaves) return
    const target = event.target as HTMLElement
    // The warning-signs <summary> opens with Enter, so Enter there must not save; nor on a tick
    // box, where a person pressing Enter meant to tick it and must not lose the answer.
    const isTickBox = target instanceof HTMLInputElement && target.type === 'checkbox'
    if (isTickBox)
      event.preventDefault() // Chromium would otherwise submit the form on its own
    else if (!['TEXTAREA', 'BUTTON', 'SUMMARY'].includes(target.tagName)) {
      event.preventDefault()
      send()
    }
  }

  return {
    values,
    set,
    /** Field name → message, for the fields of this form. */
    errors,
    formError,
    pending,
    submit: send,
    /** Spread onto the <form>: validation is main's, keys save. */
    formProps: { noValidate: true, onSubmit: send, onKeyDown },
  }
}
