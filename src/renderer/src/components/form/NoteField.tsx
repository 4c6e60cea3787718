import { useId } from 'react'
import { Field } from './Field'
import { FieldError } from './FieldError'
import './NoteField.css'

interface NoteFieldProps {
  label: string
  value: string
  onChange: (value: string) => void
  error?: string | undefined
  /** "Show my doctor": the note is printed, dated, in the doctor's summary. */
  forDoctor: boolean
  onForDoctorChange: (value: boolean) => void
  forDoctorError?: string | undefined
}

/**
 * A note with its "Show my doctor" toggle beside it. An empty note has nothing to show, so the
 * toggle waits for some text (and an emptied note is sent unmarked: see the form drafts).
 */
export function NoteField({
  label,
  value,
  onChange,
  error,
  forDoctor,
  onForDoctorChange,
  forDoctorError,
}: NoteFieldProps) {
  const id = useId()
  const empty = value.trim() === ''
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  return (
    <div className="note-field">
      <Field label={label} error={error}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            maxLength={2000}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        )}
      </Field>
      <div className="note-field__doctor">
        <input
          id={id}
          type="checkbox"
          role="switch"
          checked={forDoctor && !empty}
          disabled={empty}
          onChange={(e) => onForDoctorChange(e.target.checked)}
          aria-describedby={[hintId, forDoctorError ? errorId : null].filter(Boolean).join(' ')}
          aria-invalid={forDoctorError ? true : undefined}
        />
        <label htmlFor={id}>Show my doctor</label>
        <span id={hintId} className="hint">
          {empty
            ? 'Write a note to mark it for your doctor.'
            : 'Printed, with its date, in the doctor’s summary.'}
        </span>
        <FieldError id={errorId} message={forDoctorError} />
      </div>
    </div>
  )
}
