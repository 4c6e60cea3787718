import { useId, type ChangeEvent } from 'react'
import { FieldError } from './FieldError'
import { useFormField } from './Form'
import './NoteField.css'

interface NoteFieldProps {
  /** The form's name for the note (`notes`): its error comes from the <Form>. */
  name?: string
  label: string
  /** The note's text binding: `form.text('notes')`. */
  note: {
    value: string
    onChange: (event: ChangeEvent<HTMLTextAreaElement>) => void
  }
  error?: string | undefined
  /** "Show my doctor", bound with `form.pick('noteForDoctor')`: printed, dated, in the summary. */
  forDoctor: {
    value: boolean
    onChange: (value: boolean) => void
    error?: string | undefined
    field?: string | undefined
  }
}

/**
 * A note with its "Show my doctor" switch beside its label, so the form grows by no line. An
 * empty note has nothing to show, so the switch waits for some text (and an emptied note is sent
 * unmarked: see the form drafts).
 */
export function NoteField({ name, label, note, error: own, forDoctor }: NoteFieldProps) {
  const id = useId()
  const noteId = `${id}-note`
  const switchId = `${id}-doctor`
  const error = useFormField({ field: name, label, target: noteId, error: own })
  const doctorError = useFormField({
    field: forDoctor.field,
    label: 'Show my doctor',
    target: switchId,
    error: forDoctor.error,
  })
  const empty = note.value.trim() === ''
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const doctorErrorId = `${id}-doctor-error`
  return (
    <div className="field note-field">
      <div className="note-field__head">
        <label htmlFor={noteId}>{label}</label>
        <span className="note-field__doctor">
          <input
            id={switchId}
            type="checkbox"
            role="switch"
            checked={forDoctor.value && !empty}
            disabled={empty}
            onChange={(e) => forDoctor.onChange(e.target.checked)}
            aria-describedby={[hintId, doctorError ? doctorErrorId : null]
              .filter(Boolean)
              .join(' ')}
            aria-invalid={doctorError ? true : undefined}
          />
          <label htmlFor={switchId}>Show my doctor</label>
        </span>
      </div>
      <textarea
        id={noteId}
        {...note}
        rows={2}
        maxLength={2000}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      <span id={hintId} className="visually-hidden">
        {empty
          ? 'Write a note to mark it for your doctor.'
          : 'A marked note is printed, with its date, in the doctor’s summary.'}
      </span>
      <FieldError id={errorId} message={error} />
      <FieldError id={doctorErrorId} message={doctorError} />
    </div>
  )
}
