import { useId, useState } from 'react'
import { SLOT_LABELS, type Checkin, type Slot } from '@shared/domain/checkin'
import { LONG_MORNING_STIFFNESS_MINUTES, PENN_FREQUENCY, PENN_SEVERITY } from '@shared/scales'
import {
  CheckField,
  Field,
  FormActions,
  FormError,
  minutesInput,
} from '@renderer/components/form/Field'
import { Form } from '@renderer/components/form/Form'
import { checkedInput } from '@renderer/components/form/form-logic'
import { NoteField } from '@renderer/components/form/NoteField'
import { useForm } from '@renderer/components/form/useForm'
import { ScalePicker } from '@renderer/components/ScalePicker'
import { NowScales } from '@renderer/components/ScoreScale'
import { SymptomChecklist } from '@renderer/components/SymptomChecklist'
import { useChannel, useChannelMutation } from '@renderer/lib/channels'
import { checkinDraft, checkinValues } from './checkin-draft'
import { DayFactorChips } from './DayFactorChips'
import './checkins.css'

interface CheckinFormProps {
  date: string
  slot: Slot
  entry?: Checkin | undefined
  onSaved?: (saved: Checkin) => void
  onCancel?: (() => void) | undefined
  /** Offers to fill the scales from another entry: "Same as this morning" on the evening's. */
  sameAs?: { label: string; entry: Checkin } | undefined
}

/** Morning, evening or flare-up: the same questions, saved in one keystroke. */
export function CheckinForm({ date, slot, entry, onSaved, onCancel, sameAs }: CheckinFormProps) {
  const id = useId()
  const save = useChannelMutation('checkins:save')
  const askFactors = useChannel('settings:get').data?.eveningFactors === true
  const form = useForm({
    initial: () => checkinValues(entry),
    submit: (values) =>
      save.mutateAsync(
        checkedInput('checkins:save', checkinDraft(values, date, slot, entry?.id, askFactors)),
      ),
    onSaved,
    // Save in one keystroke: Enter on any field but notes and tick boxes.
    enterSaves: true,
  })
  const { values, set, pick } = form
  const label = SLOT_LABELS[slot].toLowerCase()
  const [filled, setFilled] = useState(false)
  const fillFrom = (source: Checkin) => {
    // The scales only: warning signs, sleep and notes are about this part of the day.
    const from = checkinValues(source)
    set('pain', from.pain)
    set('stiffness', from.stiffness)
    set('spasmFrequency', from.spasmFrequency)
    set('spasmSeverity', from.spasmSeverity)
    setFilled(true)
  }
  return (
    <Form form={form} className="checkin-form" aria-label={`${SLOT_LABELS[slot]} check-in`}>
      <FormError />
      {sameAs ? (
        <div className="checkin-form__same">
          <button
            type="button"
            className="button button--small"
            onClick={() => fillFrom(sameAs.entry)}
          >
            {sameAs.label}
          </button>
          <span className="hint" role="status">
            {filled
              ? `Pain ${String(sameAs.entry.pain)}, stiffness ${String(sameAs.entry.stiffness)} and spasms filled in; change any of them.`
              : 'Fills in pain, stiffness and spasms.'}
          </span>
        </div>
      ) : null}
      <NowScales name={id} pain={pick('pain')} stiffness={pick('stiffness')} />
      {slot === 'morning' ? (
        <Field
          name="stiffnessMinutes"
          label="Minutes of stiffness after getting up"
          hint={`Leave empty if you are not sure. ${LONG_MORNING_STIFFNESS_MINUTES} minutes or more is worth telling your doctor.`}
        >
          {(control) => <input {...control} {...form.text('stiffnessMinutes')} {...minutesInput} />}
        </Field>
      ) : null}
      <ScalePicker
        legend="Spasms since the last check-in"
        name={`${id}-frequency`}
        options={PENN_FREQUENCY}
        {...pick('spasmFrequency')}
        showLabels
      />
      {values.spasmFrequency !== null && values.spasmFrequency > 0 ? (
        <ScalePicker
          legend="How severe were the spasms?"
          name={`${id}-severity`}
          options={PENN_SEVERITY}
          {...pick('spasmSeverity')}
          showLabels
        />
      ) : null}
      <CheckField
        name="sleepInterrupted"
        label="Pain or spasms interrupted my sleep"
        checked={values.sleepInterrupted}
        onChange={(checked) => set('sleepInterrupted', checked)}
      />
      {slot === 'evening' ? <DayFactorChips {...pick('factors')} /> : null}
      <SymptomChecklist {...pick('symptoms')} sides={pick('legSides')} />
      <NoteField
        name="notes"
        label="Notes (optional)"
        note={form.text('notes')}
        forDoctor={pick('noteForDoctor')}
      />
      <FormActions
        submitLabel={`Save ${label} check-in`}
        pending={form.pending}
        onCancel={onCancel}
        hint="Type a number to answer a scale (1 then 0 for 10); Enter or Ctrl+Enter saves"
      />
    </Form>
  )
}
