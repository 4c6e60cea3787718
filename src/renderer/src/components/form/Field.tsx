import { useId, type ReactNode } from 'react'
import { useReadOnly } from '@renderer/lib/journal-status'
import { FieldError } from './FieldError'
import { useFormField } from './Form'
export { FormError } from './FormError'

/** A whole number of minutes, up to a day: `<input {...control} {...minutesInput} />`. */
export const minutesInput = {
  type: 'number',
  inputMode: 'numeric',
  min: 0,
  max: 1440,
  step: 1,
} as const

/** What a <Field> hands its control: spread it onto the input, select or textarea. */
export interface ControlProps {
  id: string
  'aria-invalid': true | undefined
  'aria-describedby': string | undefined
}

interface FieldProps {
  /** The form's name for the value (`stiffnessMinutes`): its error comes from the <Form>. */
  name?: string
  /** Names the control here and in the form's error summary. */
  label: string
  /** Said under the control and read with it. */
  hint?: ReactNode
  /** A message of its own, for a field the form does not name. */
  error?: string | undefined
  /** Label and control on one line (filters, short selects). */
  inline?: boolean
  children: (control: ControlProps) => ReactNode
}

/**
 * One labelled control with its hint and error: the label names the control, and the hint and
 * the error are tied to it (`aria-describedby`, `aria-invalid`), so no form can forget them.
 *
 *   <Field name="notes" label="Notes (optional)">
 *     {(control) => <textarea {...control} {...form.text('notes')} />}
 *   </Field>
 */
export function Field({ name, label, hint, error: own, inline = false, children }: FieldProps) {
  const id = useId()
  const error = useFormField({ field: name, label, target: id, error: own })
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ')
  return (
    <div className={inline ? 'field field--inline' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} message={error} />
    </div>
  )
}

/** A tick box with its label after it, and its error tied to it like any field's. */
export function CheckField({
  name,
  label,
  checked,
  onChange,
  error: own,
}: {
  /** The form's name for the value: its error comes from the <Form>. */
  name?: string
  label: string
  checked: boolean
  onChange: (checked: boolean) => void
  error?: string | undefined
}) {
  const id = useId()
  const error = useFormField({ field: name, label, target: id, error: own })
  return (
    <div className="field field--inline">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <label htmlFor={id}>{label}</label>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  )
}

/** A form's buttons: submit (saying "Saving…" while pending), an optional Cancel and a hint. */
export function FormActions({
  submitLabel,
  pending,
  onCancel,
  cancelLabel = 'Cancel',
  hint,
  canSubmit = true,
}: {
  submitLabel: string
  pending: boolean
  onCancel?: (() => void) | undefined
  /** "Not now" where leaving keeps everything already saved. */
  cancelLabel?: string
  hint?: string | undefined
  /** False hides the submit button until the form has something to send. */
  canSubmit?: boolean
}) {
  // A read-only journal keeps the form readable but offers nothing to save.
  const readOnly = useReadOnly()
  return (
    <div className="form-actions">
      {canSubmit ? (
        <button type="submit" className="button button--primary" disabled={pending || readOnly}>
          {pending ? 'Saving…' : submitLabel}
        </button>
      ) : null}
      {onCancel ? (
        <button type="button" className="button" onClick={onCancel}>
          {cancelLabel}
        </button>
      ) : null}
      {hint ? <span className="hint">{hint}</span> : null}
    </div>
  )
}
