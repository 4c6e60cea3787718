import { DateField } from './DateField'
import { Field } from './Field'

/**
 * A form's date with its label and error: a <Field> around a <DateField>, bound like a picker.
 *
 *   <DateInputField label="Started on" max={today} {...form.pick('startedOn')} />
 */
export function DateInputField({
  field,
  label,
  error,
  inline,
  ...date
}: {
  label: string
  value: string
  onChange: (value: string) => void
  error?: string | undefined
  /** The form's name for the value, under which the error summary lists it. */
  field?: string | undefined
  inline?: boolean
  min?: string | undefined
  max?: string | undefined
  autoFocus?: boolean
}) {
  return (
    <Field name={field} label={label} error={error} inline={inline}>
      {(control) => <DateField {...control} {...date} />}
    </Field>
  )
}
