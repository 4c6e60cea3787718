import { toIsoDate } from '@shared/dates'
import {
  REGIONS,
  REGION_LABELS,
  SIDES,
  SIDE_LABELS,
  TRIGGERS,
  TRIGGER_LABELS,
  type EpisodeDraft,
} from '@shared/domain/episode'
import { DateInputField } from '@renderer/components/form/DateInputField'
import { Field, FormActions, FormError } from '@renderer/components/form/Field'
import { Form } from '@renderer/components/form/Form'
import { NoteField } from '@renderer/components/form/NoteField'
import { useForm } from '@renderer/components/form/useForm'
import { LabelledOptions } from '@renderer/components/LabelledOptions'
import { episodeDraft, episodeValues, type EditedEpisode } from './episode-draft'
import { OnsetFactorsField } from './OnsetFactorsField'
import './episodes.css'

interface EpisodeFormProps {
  episode?: EditedEpisode | undefined
  submitLabel: string
  /** Sends the draft (start or update); a refusal's issues appear next to their fields. */
  onSubmit: (draft: EpisodeDraft) => Promise<unknown>
  onCancel?: () => void
}

/** Start or edit an episode; main validates and answers with field errors. */
export function EpisodeForm({ episode, submitLabel, onSubmit, onCancel }: EpisodeFormProps) {
  const today = toIsoDate(new Date())
  const form = useForm({
    initial: () => episodeValues(today, episode),
    submit: (values) => onSubmit(episodeDraft(values)),
  })
  const { text, pick } = form
  return (
    <Form form={form} className="episode-form" aria-label={submitLabel}>
      <FormError />
      <div className="episode-form__row">
        <DateInputField label="Started on" max={today} {...pick('startedOn')} />
        {episode?.endedOn ? (
          <DateInputField label="Ended on" max={today} {...pick('endedOn')} />
        ) : null}
        <Field name="region" label="Where">
          {(control) => (
            <select {...control} {...text('region')}>
              <LabelledOptions values={REGIONS} labels={REGION_LABELS} />
            </select>
          )}
        </Field>
        <Field name="side" label="Side">
          {(control) => (
            <select {...control} {...text('side')}>
              <LabelledOptions values={SIDES} labels={SIDE_LABELS} />
            </select>
          )}
        </Field>
        <Field name="trigger" label="What set it off">
          {(control) => (
            <select {...control} {...text('trigger')}>
              <LabelledOptions values={TRIGGERS} labels={TRIGGER_LABELS} />
            </select>
          )}
        </Field>
      </div>
      <Field name="triggerNote" label="About the trigger (optional)">
        {(control) => <input {...control} {...text('triggerNote')} type="text" maxLength={200} />}
      </Field>
      <OnsetFactorsField {...pick('onsetFactors')} />
      <NoteField
        name="notes"
        label="Episode notes (optional)"
        note={text('notes')}
        forDoctor={pick('noteForDoctor')}
      />
      <FormActions submitLabel={submitLabel} pending={form.pending} onCancel={onCancel} />
    </Form>
  )
}
