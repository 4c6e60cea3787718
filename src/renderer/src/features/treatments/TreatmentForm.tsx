import { useId, useState, type KeyboardEvent, type SyntheticEvent } from 'react'
import {
  TREATMENT_KINDS,
  TREATMENT_KIND_LABELS,
  toLocalDateTime,
  type Treatment,
  type TreatmentDraft,
  type TreatmentKind,
} from '../../../shared/domain/treatment'
import { useSaveTreatment } from '../api/treatments.queries'
import { FieldError } from '../components/FieldError'
import { useBridgeErrors } from '../components/useBridgeErrors'
import { ScoreScale } from '../components/ScoreScale'

/** What the details field asks for, by kind (DESIGN §2: stretch name, medication and dose). */
const DETAIL_LABELS: Partial<Record<TreatmentKind, string>> = {
  medication: 'Medication name and dose',
  stretch: 'Which stretches',
  heat: 'How (pad, bath, shower)',
  tens: 'Device and setting',
}

interface FormState {
  kind: TreatmentKind | null
  painBefore: number | null
  painAfter: number | null
  startedAt: string
  durationMinutes: string
  detail: string
  sideEffect: string
  notes: string
}

function initialState(entry?: Treatment): FormState {
  return {
    kind: entry?.kind ?? null,
    painBefore: entry?.painBefore ?? null,
    painAfter: entry?.painAfter ?? null,
    startedAt: entry?.startedAt ?? toLocalDateTime(new Date()),
    durationMinutes: entry?.durationMinutes == null ? '' : String(entry.durationMinutes),
    detail: entry?.detail ?? '',
    sideEffect: entry?.sideEffect ?? '',
    notes: entry?.notes ?? '',
  }
}

/** What is on screen as a draft; main validates it and answers with field errors. */
function toDraft(state: FormState, id?: number): TreatmentDraft {
  const minutes = state.durationMinutes.trim()
  return {
    ...(id === undefined ? {} : { id }),
    // An unchosen kind goes as undefined so main names it in its answer.
    kind: state.kind as TreatmentKind,
    startedAt: state.startedAt,
    durationMinutes: minutes === '' ? null : Number(minutes),
    painBefore: state.painBefore,
    painAfter: state.painAfter,
    detail: state.detail,
    sideEffect: state.sideEffect,
    notes: state.notes,
  }
}

const FIELD_NAMES = new Set([
  'kind',
  'startedAt',
  'durationMinutes',
  'painBefore',
  'painAfter',
  'detail',
  'sideEffect',
  'notes',
])

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
  const [state, setState] = useState<FormState>(() => initialState(entry))
  const { fieldErrors, formError, reset, show } = useBridgeErrors(FIELD_NAMES)
  const save = useSaveTreatment()

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) =>
    setState((s) => ({ ...s, [key]: value }))

  const submit = (event?: SyntheticEvent) => {
    event?.preventDefault()
    if (save.isPending) return
    save.mutate(toDraft(state, entry?.id), {
      onSuccess: (saved) => {
        reset()
        onSaved?.(saved)
      },
      onError: show,
    })
  }

  // Ctrl/Cmd+Enter saves from anywhere, as on the check-in form.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      submit()
    }
  }

  const kindLabel = state.kind ? TREATMENT_KIND_LABELS[state.kind] : null
  const hasErrors = Object.keys(fieldErrors).length > 0 || formError !== null
  return (
    <form
      className="treatment-form"
      noValidate
      onSubmit={submit}
      onKeyDown={onKeyDown}
      aria-label={label}
    >
      {hasErrors ? (
        <p className="form-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {formError ?? 'Some answers need attention; see the messages below.'}
        </p>
      ) : null}
      <fieldset className="kind-picker" aria-describedby={`${id}-kind-error`}>
        <legend>What did you try?</legend>
        <div className="kind-picker__options">
          {TREATMENT_KINDS.map((kind) => (
            <button
              key={kind}
              type="button"
              className="button kind-picker__option"
              aria-pressed={state.kind === kind}
              onClick={() => set('kind', kind)}
            >
              {state.kind === kind ? <span aria-hidden="true">✓ </span> : null}
              {TREATMENT_KIND_LABELS[kind]}
            </button>
          ))}
        </div>
        <FieldError id={`${id}-kind-error`} message={fieldErrors['kind']} />
      </fieldset>
      {state.kind !== null || entry ? (
        <>
          <ScoreScale
            measure="pain"
            legend="Pain before"
            name={`${id}-before`}
            value={state.painBefore}
            onChange={(v) => set('painBefore', v)}
            error={fieldErrors['painBefore']}
          />
          <ScoreScale
            measure="pain"
            legend="Pain after"
            name={`${id}-after`}
            value={state.painAfter}
            onChange={(v) => set('painAfter', v)}
            error={fieldErrors['painAfter']}
          />
          <p className="hint">
            Rating both lets the effectiveness table show what lowers your pain. Leave them empty if
            you did not rate it.
          </p>
          <div className="treatment-form__row">
            <div className="field">
              <label htmlFor={`${id}-started`}>Started</label>
              <input
                id={`${id}-started`}
                type="datetime-local"
                value={state.startedAt}
                max={toLocalDateTime(new Date())}
                onChange={(e) => set('startedAt', e.target.value)}
                aria-invalid={fieldErrors['startedAt'] ? true : undefined}
                aria-describedby={`${id}-started-error`}
              />
              <FieldError id={`${id}-started-error`} message={fieldErrors['startedAt']} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-minutes`}>Minutes (optional)</label>
              <input
                id={`${id}-minutes`}
                type="number"
                inputMode="numeric"
                min={0}
                max={1440}
                step={1}
                value={state.durationMinutes}
                onChange={(e) => set('durationMinutes', e.target.value)}
                aria-invalid={fieldErrors['durationMinutes'] ? true : undefined}
                aria-describedby={`${id}-minutes-error`}
              />
              <FieldError id={`${id}-minutes-error`} message={fieldErrors['durationMinutes']} />
            </div>
          </div>
          <div className="field">
            <label htmlFor={`${id}-detail`}>
              {(state.kind && DETAIL_LABELS[state.kind]) ?? 'Details'} (optional)
            </label>
            <input
              id={`${id}-detail`}
              type="text"
              maxLength={200}
              value={state.detail}
              onChange={(e) => set('detail', e.target.value)}
              aria-invalid={fieldErrors['detail'] ? true : undefined}
              aria-describedby={`${id}-detail-error`}
            />
            <FieldError id={`${id}-detail-error`} message={fieldErrors['detail']} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-side`}>Side effect (optional)</label>
            <input
              id={`${id}-side`}
              type="text"
              maxLength={500}
              value={state.sideEffect}
              onChange={(e) => set('sideEffect', e.target.value)}
              aria-invalid={fieldErrors['sideEffect'] ? true : undefined}
              aria-describedby={`${id}-side-hint ${id}-side-error`}
            />
            <p id={`${id}-side-hint`} className="hint">
              For example: skin irritation under TENS pads, drowsiness.
            </p>
            <FieldError id={`${id}-side-error`} message={fieldErrors['sideEffect']} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-notes`}>Notes (optional)</label>
            <textarea
              id={`${id}-notes`}
              rows={2}
              maxLength={2000}
              value={state.notes}
              onChange={(e) => set('notes', e.target.value)}
              aria-describedby={`${id}-notes-error`}
            />
            <FieldError id={`${id}-notes-error`} message={fieldErrors['notes']} />
          </div>
        </>
      ) : null}
      <div className="form-actions">
        {state.kind !== null || entry ? (
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {save.isPending
              ? 'Saving…'
              : `Save ${kindLabel ? kindLabel.toLowerCase() : 'treatment'} session`}
          </button>
        ) : null}
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
        {state.kind !== null ? <span className="hint">Ctrl+Enter saves</span> : null}
      </div>
    </form>
  )
}
