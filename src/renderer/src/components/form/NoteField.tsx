import { useId, type ChangeEvent } from 'react'
import { Field } from './Field'
import { FieldError } from './FieldError'
import './NoteField.css'

interface NoteFieldProps {
  label: string
  /** The note's text binding: `form.text('notes')`. */
  note: {
    value: string
    onChange: (event: ChangeEvent<HTMLTextAreaElement>) => void
  }
  error?: string | undefined
  /** "Show my doctor", bound with `form.pick('noteForDoctor')`: printed, dated, in the summary. */
  forDoctor: { value: boolean; onChange: (value: boolean) => void; error?: string | undefined }
}

/**
 * A note with its "Show my doctor" toggle beside it. An empty note has nothing to show, so the
 * toggle waits for some text (and an emptied note is sent unmarked: see the form drafts).
 */
export function NoteField({ label, note, error, forDoctor }: NoteFieldProps) {
  const id = useId()
  const empty = note.value.trim() === ''
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  return (
    <div className="note-field">
      <Field label={label} error={error}>
        {(control) => <textarea {...control} {...note} rows={2} maxLength={2000} />}
      </Field>
      <div className="note-field__doctor">
        <input
          id={id}
          type="checkbox"
          role="switch"
          checked={forDoctor.value && !empty}
          disabled={empty}
          onChange={(e) => forDoctor.onChange(e.target.checked)}
          aria-describedby={[hintId, forDoctor.error ? errorId : null].filter(Boolean).join(' ')}
          aria-invalid={forDoctor.error ? true : undefined}
        />
        <label htmlFor={id}>Show my doctor</label>
        <span id={hintId} className="hint">
          {empty
            ? 'Write a note to mark it for your doctor.'
            : 'Printed, with its date, in the doctor’s summary.'}
        </span>
        <FieldError id={errorId} message={forDoctor.error} />
      </div>
    </div>
  )
}
