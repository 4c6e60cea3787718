import { useRef, useState, type ChangeEvent, type KeyboardEvent, type SyntheticEvent } from 'react'
import { useReadOnly } from '@renderer/lib/journal-status'
import { enterAction, placeIssues } from './form-logic'

export interface FormOptions<V extends object, R> {
  /** The values on screen at first (from the entry being edited, or blank). */
  initial: V | (() => V)
  /**
   * Sends the values; a rejection (or a throw) with a BridgeError puts its issues next to their
   * fields, so `checkedInput` can refuse a draft before it leaves the window.
   */
  submit: (values: V) => Promise<R>
  onSaved?: ((result: R) => void) | undefined
  /** Plain Enter saves too, except in a text area, on a button, a summary or a tick box. */
  enterSaves?: boolean
}

/** Said when a form is sent while the journal is read-only (its save button is disabled). */
export const READ_ONLY = 'The journal is open read-only, so nothing can be saved.'

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
  type Errors = Partial<Record<keyof V & string, string>>
  const [errors, setErrors] = useState<Errors>({})
  const [formError, setFormError] = useState<string | null>(null)
  // Counts refused saves, so the error summary speaks again even when the words are the same.
  const [failures, setFailures] = useState(0)
  const [pending, setPending] = useState(false)
  const readOnly = useReadOnly()

  const set = <K extends keyof V>(key: K, value: V[K]) =>
    setValues((current) => ({ ...current, [key]: value }))

  // A ref, not state: a second Enter before the next render must not send twice.
  const sending = useRef(false)

  const send = (event?: SyntheticEvent) => {
    event?.preventDefault()
    if (sending.current) return
    if (readOnly) {
      setFormError(READ_ONLY)
      setFailures((n) => n + 1)
      return
    }
    sending.current = true
    setPending(true)
    // A draft refused in the window throws at once; it lands like main's refusal.
    new Promise<R>((resolve) => resolve(submit(values))).then(
      (result) => {
        sending.current = false
        setPending(false)
        setErrors({})
        setFormError(null)
        onSaved?.(result)
      },
      (error: unknown) => {
        sending.current = false
        setPending(false)
        const placed = placeIssues(error, Object.keys(values))
        // placeIssues keeps only the fields it was given: the keys of `values`.
        setErrors(placed.errors as Errors)
        setFormError(placed.formError)
        setFailures((n) => n + 1)
      },
    )
  }

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const target = event.target as HTMLElement
    const type = target instanceof HTMLInputElement ? target.type : undefined
    const action = enterAction(event, { tagName: target.tagName, type }, enterSaves)
    // Blocked: Chromium would otherwise submit the form on its own.
    if (action !== 'pass') event.preventDefault()
    if (action === 'save') send()
  }

  type TextKey = { [K in keyof V]: V[K] extends string ? K : never }[keyof V]

  return {
    values,
    set,
    /** Binds a text input, select or text area to a string value: `{...form.text('notes')}`. */
    text: (key: TextKey) => ({
      value: values[key] as string,
      onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
        set(key, event.target.value as V[TextKey]),
    }),
    /**
     * Binds a picker (a scale, a group, a switch) with its error and its name in the form, under
     * which it tells the error summary its legend: `{...form.pick('pain')}`.
     */
    pick: <K extends keyof V & string>(key: K) => ({
      value: values[key],
      onChange: (value: V[K]) => set(key, value),
      error: errors[key],
      field: key,
    }),
    /** Field name → message, for the fields of this form, in the order they were found. */
    errors,
    formError,
    /** How many saves were refused: <Form> hands it to the error summary. */
    failures,
    pending,
    /** The journal is read-only: disable the save button (sending only says why). */
    readOnly,
    submit: send,
    /** What <Form> puts on its <form>: the contract checks, not the browser; keys save. */
    formProps: {
      noValidate: true,
      onSubmit: send,
      onKeyDown,
    },
  }
}
