import { toIsoDate } from '@shared/dates'
import {
  REGIONS,
  REGION_LABELS,
  SIDES,
  SIDE_LABELS,
  TRIGGERS,
  TRIGGER_LABELS,
  type Episode,
  type EpisodeDraft,
} from '@shared/domain/episode'
import { Field, FormError } from '@renderer/components/form/Field'
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
  const { values, set, errors } = form
  return (
    <form className="episode-form" {...form.formProps} aria-label={submitLabel}>
      <FormError message={form.formError} />
      <div className="episode-form__row">
        <Field label="Started on" error={errors.startedOn}>
          {(control) => (
            <input
              {...control}
              type="date"
              max={today}
              value={values.startedOn}
              onChange={(e) => set('startedOn', e.target.value)}
            />
          )}
        </Field>
        {episode?.endedOn ? (
          <Field label="Ended on" error={errors.endedOn}>
            {(control) => (
              <input
                {...control}
                type="date"
                max={today}
                value={values.endedOn}
                onChange={(e) => set('endedOn', e.target.value)}
              />
            )}
          </Field>
        ) : null}
        <Field label="Where" error={errors.region}>
          {(control) => (
            <select
              {...control}
              value={values.region}
              onChange={(e) => set('region', e.target.value as Episode['region'])}
            >
              <LabelledOptions values={REGIONS} labels={REGION_LABELS} />
            </select>
          )}
        </Field>
        <Field label="Side" error={errors.side}>
          {(control) => (
            <select
              {...control}
              value={values.side}
              onChange={(e) => set('side', e.target.value as Episode['side'])}
            >
              <LabelledOptions values={SIDES} labels={SIDE_LABELS} />
            </select>
          )}
        </Field>
        <Field label="What set it off" error={errors.trigger}>
          {(control) => (
            <select
              {...control}
              value={values.trigger}
              onChange={(e) => set('trigger', e.target.value as Episode['trigger'])}
            >
              <LabelledOptions values={TRIGGERS} labels={TRIGGER_LABELS} />
            </select>
          )}
        </Field>
      </div>
      <Field label="About the trigger (optional)" error={errors.triggerNote}>
        {(control) => (
          <input
            {...control}
            type="text"
            maxLength={200}
            value={values.triggerNote}
            onChange={(e) => set('triggerNote', e.target.value)}
          />
        )}
      </Field>
      <OnsetFactorsField
        value={values.onsetFactors}
        onChange={(answer) => set('onsetFactors', answer)}
        error={errors.onsetFactors}
      />
      <Field label="Episode notes (optional)" error={errors.notes}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            maxLength={2000}
            value={values.notes}
            onChange={(e) => set('notes', e.target.value)}
          />
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={form.pending}>
          {form.pending ? 'Saving…' : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  )
}
