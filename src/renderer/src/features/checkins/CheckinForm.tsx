import { useId, useState, type KeyboardEvent, type SyntheticEvent } from 'react'
import type { Checkin, CheckinDraft, Slot } from '../../../shared/domain/checkin'
import { SLOT_LABELS } from '../../../shared/domain/checkin'
import { PENN_FREQUENCY, PENN_SEVERITY } from '../../../shared/scales'
import { useSaveCheckin } from '../api/checkins.queries'
import { FieldError } from '../components/FieldError'
import { useBridgeErrors } from '../components/useBridgeErrors'
import { ScalePicker } from '../components/ScalePicker'
import { ScoreScale } from '../components/ScoreScale'
import { SymptomChecklist } from './SymptomChecklist'
import { isSymptomCode } from '../../../shared/clinical/symptoms'

interface FormState {
  pain: number | null
  stiffness: number | null
  stiffnessMinutes: string
  spasmFrequency: number | null
  spasmSeverity: number | null
  sleepInterrupted: boolean
  notes: string
  symptoms: string[]
}

function initialState(entry?: Checkin): FormState {
  return {
    pain: entry?.pain ?? null,
    stiffness: entry?.stiffness ?? null,
    stiffnessMinutes: entry?.stiffnessMinutes == null ? '' : String(entry.stiffnessMinutes),
    spasmFrequency: entry?.spasmFrequency ?? null,
    spasmSeverity: entry?.spasmSeverity ?? null,
    sleepInterrupted: entry?.sleepInterrupted ?? false,
    notes: entry?.notes ?? '',
    symptoms: entry?.symptoms ?? [],
  }
}

/** Turns what is on screen into a draft; main validates it and answers with field errors. */
function toDraft(state: FormState, date: string, slot: Slot, id?: number): CheckinDraft {
  const minutesText = state.stiffnessMinutes.trim()
  const minutes = minutesText === '' ? null : Number(minutesText)
  const frequency = state.spasmFrequency
  // Unanswered scales go as undefined, so main names them in its answer.
  return {
    ...(id === undefined ? {} : { id }),
    date,
    slot,
    pain: state.pain as number,
    stiffness: state.stiffness as number,
    stiffnessMinutes: slot === 'morning' ? minutes : null,
    spasmFrequency: frequency as number,
    spasmSeverity: frequency !== null && frequency > 0 ? state.spasmSeverity : null,
    sleepInterrupted: state.sleepInterrupted,
    notes: state.notes,
    symptoms: state.symptoms.filter(isSymptomCode),
  }
}

interface CheckinFormProps {
  date: string
  slot: Slot
  entry?: Checkin | undefined
  onSaved?: (saved: Checkin) => void
  onCancel?: () => void
}

export function CheckinForm({ date, slot, entry, onSaved, onCancel }: CheckinFormProps) {
  const id = useId()
  const [state, setState] = useState<FormState>(() => initialState(entry))
  const { fieldErrors, formError, reset, show } = useBridgeErrors(FIELD_NAMES)
  const save = useSaveCheckin()

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) =>
    setState((s) => ({ ...s, [key]: value }))

  const submit = (event?: SyntheticEvent) => {
    event?.preventDefault()
    if (save.isPending) return
    save.mutate(toDraft(state, date, slot, entry?.id), {
      onSuccess: (saved) => {
        reset()
        onSaved?.(saved)
      },
      onError: show,
    })
  }

  // Save in one keystroke: Ctrl/Cmd+Enter anywhere, Enter on any field but notes and tick boxes.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter') return
    const target = event.target as HTMLElement
    const isNotes = target.tagName === 'TEXTAREA'
    // The warning-signs <summary> opens with Enter, so Enter there must not save; nor on a tick
    // box, where a person pressing Enter meant to tick it and must not lose the answer.
    const isButton = target.tagName === 'BUTTON' || target.tagName === 'SUMMARY'
    const isTickBox = target instanceof HTMLInputElement && target.type === 'checkbox'
    if (event.ctrlKey || event.metaKey || (!isNotes && !isButton && !isTickBox)) {
      event.preventDefault()
      submit()
    } else if (isTickBox) {
      event.preventDefault() // Chromium would otherwise submit the form on its own
    }
  }

  const label = SLOT_LABELS[slot].toLowerCase()
  const hasErrors = Object.keys(fieldErrors).length > 0 || formError !== null
  return (
    <form
      className="checkin-form"
      noValidate
      onSubmit={submit}
      onKeyDown={onKeyDown}
      aria-label={`${SLOT_LABELS[slot]} check-in`}
    >
      {hasErrors ? (
        <p className="form-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {formError ?? 'Some answers need attention; see the messages below.'}
        </p>
      ) : null}
      <ScoreScale
        measure="pain"
        legend="Pain right now"
        name={`${id}-pain`}
        value={state.pain}
        onChange={(v) => set('pain', v)}
        error={fieldErrors['pain']}
      />
      <ScoreScale
        measure="stiffness"
        legend="Stiffness right now"
        name={`${id}-stiffness`}
        value={state.stiffness}
        onChange={(v) => set('stiffness', v)}
        error={fieldErrors['stiffness']}
      />
      {slot === 'morning' ? (
        <div className="field">
          <label htmlFor={`${id}-minutes`}>Minutes of stiffness after getting up</label>
          <input
            id={`${id}-minutes`}
            type="number"
            inputMode="numeric"
            min={0}
            max={1440}
            step={1}
            value={state.stiffnessMinutes}
            onChange={(e) => set('stiffnessMinutes', e.target.value)}
            aria-invalid={fieldErrors['stiffnessMinutes'] ? true : undefined}
            aria-describedby={`${id}-minutes-hint ${id}-minutes-error`}
          />
          <p id={`${id}-minutes-hint`} className="hint">
            Leave empty if you are not sure. 30 minutes or more is worth telling your doctor.
          </p>
          <FieldError id={`${id}-minutes-error`} message={fieldErrors['stiffnessMinutes']} />
        </div>
      ) : null}
      <ScalePicker
        legend="Spasms since the last check-in"
        name={`${id}-frequency`}
        options={PENN_FREQUENCY}
        value={state.spasmFrequency}
        onChange={(v) => set('spasmFrequency', v)}
        error={fieldErrors['spasmFrequency']}
        showLabels
      />
      {state.spasmFrequency !== null && state.spasmFrequency > 0 ? (
        <ScalePicker
          legend="How severe were the spasms?"
          name={`${id}-severity`}
          options={PENN_SEVERITY}
          value={state.spasmSeverity}
          onChange={(v) => set('spasmSeverity', v)}
          error={fieldErrors['spasmSeverity']}
          showLabels
        />
      ) : null}
      <div className="field field--inline">
        <input
          id={`${id}-sleep`}
          type="checkbox"
          checked={state.sleepInterrupted}
          onChange={(e) => set('sleepInterrupted', e.target.checked)}
        />
        <label htmlFor={`${id}-sleep`}>Pain or spasms interrupted my sleep</label>
      </div>
      <SymptomChecklist
        value={state.symptoms}
        onChange={(codes) => set('symptoms', codes)}
        error={Object.entries(fieldErrors).find(([path]) => path.startsWith('symptoms'))?.[1]}
      />
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
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : `Save ${label} check-in`}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
        <span className="hint">Enter or Ctrl+Enter saves</span>
      </div>
    </form>
  )
}

const FIELD_NAMES = new Set([
  'pain',
  'stiffness',
  'stiffnessMinutes',
  'spasmFrequency',
  'spasmSeverity',
  'notes',
  'symptoms',
])
