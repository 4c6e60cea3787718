import {
  createContext,
  useCallback,
  useContext,
  useLayoutEffect,
  useMemo,
  useState,
  type FormHTMLAttributes,
  type ReactNode,
} from 'react'

/** One answer that needs attention, as the error summary lists it. */
export interface FieldProblem {
  /** The form's name for the field (`pain`), or the control's id for a field without one. */
  field: string
  /** What the field is called on screen: its label or legend. */
  label: string
  message: string
  /** The id of the control (or group) a link in the summary puts the person on. */
  target: string | undefined
}

interface FieldEntry {
  label: string
  target: string
  /** A message the field was handed itself, for a field the form does not name. */
  message: string | undefined
}

interface FormState {
  /** Field name → message, in the order the check found them. */
  errors: Readonly<Record<string, string | undefined>>
  formError: string | null
  /** How many saves were refused: the summary speaks, and takes the focus, on each. */
  failures: number
  fields: ReadonlyMap<string, FieldEntry>
  register: (key: string, entry: FieldEntry) => () => void
}

const FormContext = createContext<FormState | null>(null)

/** What <Form> needs of `useForm`'s answer. */
interface FormBinding {
  errors: Readonly<Record<string, string | undefined>>
  formError: string | null
  failures: number
  formProps: FormHTMLAttributes<HTMLFormElement>
}

/**
 * A form of the kit: the <form> with `useForm`'s keys and submit, and the context through which
 * its fields say what they are called and its error summary (<FormError />) learns what needs
 * attention, with no reading back from the page.
 *
 *   <Form form={form} aria-label="Weekly PEG"><FormError />…</Form>
 */
export function Form({
  form,
  children,
  ...props
}: {
  form: FormBinding
  children: ReactNode
} & Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'onKeyDown' | 'noValidate'>) {
  const [fields, setFields] = useState<ReadonlyMap<string, FieldEntry>>(() => new Map())
  const register = useCallback((key: string, entry: FieldEntry) => {
    setFields((current) => new Map(current).set(key, entry))
    return () =>
      setFields((current) => {
        const next = new Map(current)
        next.delete(key)
        return next
      })
  }, [])
  const { errors, formError, failures } = form
  const state = useMemo(
    () => ({ errors, formError, failures, fields, register }),
    [errors, formError, failures, fields, register],
  )
  return (
    <FormContext.Provider value={state}>
      <form {...props} {...form.formProps}>
        {children}
      </form>
    </FormContext.Provider>
  )
}

/** The form around a field or a summary, or null outside <Form>. */
export function useFormState(): FormState | null {
  return useContext(FormContext)
}

/**
 * Tells the form a field's label and the control to focus, under the form's name for it
 * (`field`, as in `form.pick('pain')`), and answers the field's message: the one it was handed,
 * else the form's for that name. Outside <Form> it only answers the message handed in.
 */
export function useFormField({
  field,
  label,
  target,
  error,
}: {
  field: string | undefined
  label: string
  target: string
  error: string | undefined
}): string | undefined {
  const form = useContext(FormContext)
  const register = form?.register
  // A field the form does not name is listed under its control's id, with its own message.
  const key = field ?? target
  const own = field === undefined ? error : undefined
  useLayoutEffect(
    () => register?.(key, { label, target, message: own }),
    [register, key, label, target, own],
  )
  return error ?? (field === undefined ? undefined : form?.errors[field])
}

/**
 * What the summary lists: each of the form's errors in the order they were found, under the
 * label its field gave, then messages handed to fields the form does not name.
 */
export function problemsOf(form: FormState): FieldProblem[] {
  const problems: FieldProblem[] = []
  for (const [field, message] of Object.entries(form.errors)) {
    if (!message) continue
    const entry = form.fields.get(field)
    problems.push({ field, label: entry?.label ?? '', message, target: entry?.target })
  }
  for (const [field, entry] of form.fields) {
    if (entry.message && !(field in form.errors)) {
      problems.push({ field, label: entry.label, message: entry.message, target: entry.target })
    }
  }
  return problems
}
