import { useId, type ReactNode } from 'react'
import { FieldError } from './FieldError'
import { useReadOnly } from '@renderer/lib/journal-status'
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
  label: ReactNode
  /** Said under the control and read with it. */
  hint?: ReactNode
  error?: string | undefined
  /** Label and control on one line (filters, short selects). */
  inline?: boolean
  children: (control: ControlProps) => ReactNode
}

/**
 * One labelled control with its hint and error: the label names the control, and the hint and
 * the error are tied to it (`aria-describedby`, `aria-invalid`), so no form can forget them.
 *
 *   <Field label="Notes (optional)" error={form.errors.notes}>
 *     {(control) => <textarea {...control} value={…} onChange={…} />}
 *   </Field>
 */
export function Field({ label, hint, error, inline = false, children }: FieldProps) {
  const id = useId()
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
  label,
  checked,
  onChange,
  error,
}: {
  label: ReactNode
  checked: boolean
  onChange: (checked: boolean) => void
  error?: string | undefined
}) {
  const id = useId()
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
