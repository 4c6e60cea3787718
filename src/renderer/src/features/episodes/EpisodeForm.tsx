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
import { DateField } from '@renderer/components/form/DateField'
import { Field, FormActions, FormError } from '@renderer/components/form/Field'
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
  const { errors, text, values, set } = form
  return (
    <form className="episode-form" {...form.formProps} aria-label={submitLabel}>
      <FormError message={form.formError} />
      <div className="episode-form__row">
        <Field label="Started on" error={errors.startedOn}>
          {(control) => (
            <DateField
              {...control}
              value={values.startedOn}
              onChange={(v) => set('startedOn', v)}
              max={today}
            />
          )}
        </Field>
        {episode?.endedOn ? (
          <Field label="Ended on" error={errors.endedOn}>
            {(control) => (
              <DateField
                {...control}
                value={values.endedOn}
                onChange={(v) => set('endedOn', v)}
                max={today}
              />
            )}
          </Field>
        ) : null}
        <Field label="Where" error={errors.region}>
          {(control) => (
            <select {...control} {...text('region')}>
              <LabelledOptions values={REGIONS} labels={REGION_LABELS} />
            </select>
          )}
        </Field>
        <Field label="Side" error={errors.side}>
          {(control) => (
            <select {...control} {...text('side')}>
              <LabelledOptions values={SIDES} labels={SIDE_LABELS} />
            </select>
          )}
        </Field>
        <Field label="What set it off" error={errors.trigger}>
          {(control) => (
            <select {...control} {...text('trigger')}>
              <LabelledOptions values={TRIGGERS} labels={TRIGGER_LABELS} />
            </select>
          )}
        </Field>
      </div>
      <Field label="About the trigger (optional)" error={errors.triggerNote}>
        {(control) => <input {...control} {...text('triggerNote')} type="text" maxLength={200} />}
      </Field>
      <OnsetFactorsField {...form.pick('onsetFactors')} />
      <NoteField
        label="Episode notes (optional)"
        note={text('notes')}
        error={errors.notes}
        forDoctor={form.pick('noteForDoctor')}
      />
      <FormActions submitLabel={submitLabel} pending={form.pending} onCancel={onCancel} />
    </form>
  )
}
