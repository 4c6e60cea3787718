import { useId } from 'react'
import {
  TREATMENT_KINDS,
  TREATMENT_KIND_LABELS,
  toLocalDateTime,
  type Treatment,
  type TreatmentKind,
} from '@shared/domain/treatment'
import { DateTimeField } from '@renderer/components/form/DateField'
import { FieldError } from '@renderer/components/form/FieldError'
import { Field, FormActions, FormError, minutesInput } from '@renderer/components/form/Field'
import { Form, useFormField } from '@renderer/components/form/Form'
import { checkedInput } from '@renderer/components/form/form-logic'
import { NoteField } from '@renderer/components/form/NoteField'
import { useForm } from '@renderer/components/form/useForm'
import { ScoreScale } from '@renderer/components/ScoreScale'
import { useChannel, useChannelMutation } from '@renderer/lib/channels'
import { treatmentDraft, treatmentValues } from './treatment-draft'
import './treatments.css'

/**
 * What the details field asks for, by kind (docs/clinical-rules.md#treatments: stretch name,
 * medication and dose).
 */
const DETAIL_LABELS: Partial<Record<TreatmentKind, string>> = {
  medication: 'Medication name and dose',
  stretch: 'Which stretches',
  heat: 'How (pad, bath, shower)',
  tens: 'Device and setting',
}

/** The kind as one press among buttons, its error tied to the group like any field's. */
function KindPicker({
  value,
  onChange,
  error: own,
  field,
}: {
  value: TreatmentKind | null
  onChange: (kind: TreatmentKind) => void
  error?: string | undefined
  field?: string | undefined
}) {
  const id = useId()
  const legend = 'What did you try?'
  const error = useFormField({ field, label: legend, target: id, error: own })
  return (
    <fieldset
      id={id}
      className="kind-picker"
      aria-describedby={error ? `${id}-error` : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend>{legend}</legend>
      <div className="kind-picker__options">
        {TREATMENT_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className="button button--choice"
            aria-pressed={value === kind}
            onClick={() => onChange(kind)}
          >
            {value === kind ? <span aria-hidden="true">✓ </span> : null}
            {TREATMENT_KIND_LABELS[kind]}
          </button>
        ))}
      </div>
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  )
}

interface TreatmentFormProps {
  entry?: Treatment | undefined
  onSaved?: (saved: Treatment) => void
  onCancel?: () => void
  /** Accessible name of the form ("Quick log", "Edit heat session"). */
  label: string
}

/** Quick log and edit: the kind first (one click), then pain before and after, the rest optional. */
export function TreatmentForm({ entry, onSaved, onCancel, label }: TreatmentFormProps) {
  const id = useId()
  const save = useChannelMutation('treatments:save')
  const form = useForm({
    initial: () => treatmentValues(new Date(), entry),
    submit: (values) =>
      save.mutateAsync(checkedInput('treatments:save', treatmentDraft(values, entry?.id))),
    onSaved,
  })
  const { values, set, pick, text } = form
  const kindLabel = values.kind ? TREATMENT_KIND_LABELS[values.kind] : null
  const open = values.kind !== null || entry !== undefined
  // What was typed before for this kind, newest first, offered as the details are typed.
  const suggestions = useChannel(
    'treatments:suggestions',
    values.kind ? { kind: values.kind } : {},
    { enabled: open },
  )
  const earlier = suggestions.data ?? []
  return (
    <Form form={form} className="treatment-form" aria-label={label}>
      <FormError />
      <KindPicker {...pick('kind')} />
      {open ? (
        <>
          <ScoreScale
            measure="pain"
            legend="Pain before"
            name={`${id}-before`}
            {...pick('painBefore')}
          />
          <ScoreScale
            measure="pain"
            legend="Pain after"
            name={`${id}-after`}
            {...pick('painAfter')}
          />
          <p className="hint">
            Rating both lets the effectiveness table show what lowers your pain. Leave them empty if
            you did not rate it.
          </p>
          <div className="treatment-form__row">
            <Field name="startedAt" label="Started">
              {(control) => (
                <DateTimeField
                  {...control}
                  value={values.startedAt}
                  onChange={(v) => set('startedAt', v)}
                  max={toLocalDateTime(new Date())}
                />
              )}
            </Field>
            <Field name="durationMinutes" label="Minutes (optional)">
              {(control) => <input {...control} {...text('durationMinutes')} {...minutesInput} />}
            </Field>
          </div>
          <Field
            name="detail"
            label={`${(values.kind && DETAIL_LABELS[values.kind]) ?? 'Details'} (optional)`}
            hint={
              earlier.length > 0 ? 'What you typed before is suggested as you type.' : undefined
            }
          >
            {(control) => (
              <>
                <input
                  {...control}
                  {...text('detail')}
                  type="text"
                  maxLength={200}
                  list={earlier.length > 0 ? `${id}-earlier` : undefined}
                  autoComplete="off"
                />
                <datalist id={`${id}-earlier`}>
                  {earlier.map((detail) => (
                    <option key={detail} value={detail} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
          <Field
            name="sideEffect"
            label="Side effect (optional)"
            hint="For example: skin irritation under TENS pads, drowsiness."
          >
            {(control) => (
              <input {...control} {...text('sideEffect')} type="text" maxLength={500} />
            )}
          </Field>
          <NoteField
            name="notes"
            label="Notes (optional)"
            note={text('notes')}
            forDoctor={pick('noteForDoctor')}
          />
        </>
      ) : null}
      <FormActions
        submitLabel={`Save ${kindLabel ? kindLabel.toLowerCase() : 'treatment'} session`}
        pending={form.pending}
        canSubmit={open}
        onCancel={onCancel}
        hint={values.kind !== null ? 'Ctrl+Enter saves' : undefined}
      />
    </Form>
  )
}
