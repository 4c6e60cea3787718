import { useId, useState, type SyntheticEvent } from 'react'
import { toIsoDate } from '../../../shared/dates'
import {
  REGIONS,
  REGION_LABELS,
  SIDES,
  SIDE_LABELS,
  TRIGGERS,
  TRIGGER_LABELS,
  type Episode,
  type EpisodeDraft,
} from '../../../shared/domain/episode'
import { BridgeError } from '../api/client'
import { FieldError } from '../components/FieldError'
import { LabelledOptions } from '../components/LabelledOptions'

interface EpisodeFormProps {
  episode?: Episode | undefined
  submitLabel: string
  pending: boolean
  onSubmit: (draft: EpisodeDraft, onError: (error: Error) => void) => void
  onCancel?: () => void
}

/** Start or edit an episode; main validates and answers with field errors. */
export function EpisodeForm({
  episode,
  submitLabel,
  pending,
  onSubmit,
  onCancel,
}: EpisodeFormProps) {
  const id = useId()
  const today = toIsoDate(new Date())
  const [draft, setDraft] = useState<Required<EpisodeDraft>>({
    startedOn: episode?.startedOn ?? today,
    endedOn: episode?.endedOn ?? null,
    region: episode?.region ?? 'lower',
    side: episode?.side ?? 'central',
    trigger: episode?.trigger ?? 'unknown',
    triggerNote: episode?.triggerNote ?? '',
    notes: episode?.notes ?? '',
  })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const set = <K extends keyof EpisodeDraft>(key: K, value: Required<EpisodeDraft>[K]) =>
    setDraft((d) => ({ ...d, [key]: value }))

  const submit = (event: SyntheticEvent) => {
    event.preventDefault()
    setFormError(null)
    onSubmit(draft, (error) => {
      if (error instanceof BridgeError) setErrors(error.fieldErrors())
      setFormError(error.message)
    })
  }

  return (
    <form className="episode-form" noValidate onSubmit={submit} aria-label={submitLabel}>
      {formError ? (
        <p className="form-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {formError}
        </p>
      ) : null}
      <div className="episode-form__row">
        <div className="field">
          <label htmlFor={`${id}-start`}>Started on</label>
          <input
            id={`${id}-start`}
            type="date"
            max={today}
            value={draft.startedOn}
            onChange={(e) => set('startedOn', e.target.value)}
            aria-invalid={errors['startedOn'] ? true : undefined}
            aria-describedby={`${id}-start-error`}
          />
          <FieldError id={`${id}-start-error`} message={errors['startedOn']} />
        </div>
        {episode?.endedOn ? (
          <div className="field">
            <label htmlFor={`${id}-end`}>Ended on</label>
            <input
              id={`${id}-end`}
              type="date"
              max={today}
              value={draft.endedOn ?? ''}
              onChange={(e) => set('endedOn', e.target.value || null)}
              aria-invalid={errors['endedOn'] ? true : undefined}
              aria-describedby={`${id}-end-error`}
            />
            <FieldError id={`${id}-end-error`} message={errors['endedOn']} />
          </div>
        ) : null}
        <div className="field">
          <label htmlFor={`${id}-region`}>Where</label>
          <select
            id={`${id}-region`}
            value={draft.region}
            onChange={(e) => set('region', e.target.value as Episode['region'])}
            aria-describedby={`${id}-region-error`}
          >
            <LabelledOptions values={REGIONS} labels={REGION_LABELS} />
          </select>
          <FieldError id={`${id}-region-error`} message={errors['region']} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-side`}>Side</label>
          <select
            id={`${id}-side`}
            value={draft.side}
            onChange={(e) => set('side', e.target.value as Episode['side'])}
          >
            <LabelledOptions values={SIDES} labels={SIDE_LABELS} />
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-trigger`}>What set it off</label>
          <select
            id={`${id}-trigger`}
            value={draft.trigger}
            onChange={(e) => set('trigger', e.target.value as Episode['trigger'])}
          >
            <LabelledOptions values={TRIGGERS} labels={TRIGGER_LABELS} />
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-trigger-note`}>About the trigger (optional)</label>
        <input
          id={`${id}-trigger-note`}
          type="text"
          maxLength={200}
          value={draft.triggerNote}
          onChange={(e) => set('triggerNote', e.target.value)}
          aria-describedby={`${id}-trigger-note-error`}
        />
        <FieldError id={`${id}-trigger-note-error`} message={errors['triggerNote']} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-notes`}>Episode notes (optional)</label>
        <textarea
          id={`${id}-notes`}
          rows={2}
          maxLength={2000}
          value={draft.notes}
          onChange={(e) => set('notes', e.target.value)}
          aria-describedby={`${id}-notes-error`}
        />
        <FieldError id={`${id}-notes-error`} message={errors['notes']} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? 'Saving…' : submitLabel}
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
