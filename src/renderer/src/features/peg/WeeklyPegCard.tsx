import { useId, useState } from 'react'
import { shiftIsoDate } from '@shared/dates'
import { PEG_ITEMS, pegDue, pegScore } from '@shared/clinical/peg'
import { PEG_INTERVAL_DAYS } from '@shared/clinical/thresholds'
import type { Peg } from '@shared/domain/peg'
import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { FormError } from '@renderer/components/form/Field'
import { useForm } from '@renderer/components/form/useForm'
import { ScalePicker } from '@renderer/components/ScalePicker'
import { useChannel, useChannelMutation } from '@renderer/lib/channels'
import { useReadOnly } from '@renderer/lib/journal-status'
import { useToday } from '@renderer/lib/useToday'
import { EMPTY_PEG, isComplete, pegDraft } from './peg-draft'
import './peg.css'

const ZERO_TO_TEN = Array.from({ length: 11 }, (_, value) => ({ value }))
const score = (n: number) => (Math.round(n * 10) / 10).toFixed(1)

/** The three PEG questions, saved as today's answer. */
function PegForm({ today, onSaved }: { today: string; onSaved: (peg: Peg) => void }) {
  const id = useId()
  const save = useChannelMutation('peg:save')
  const dismiss = useChannelMutation('settings:save')
  const form = useForm({
    initial: EMPTY_PEG,
    submit: (values) => save.mutateAsync(pegDraft(values, today)),
    onSaved,
  })
  const { values, set, errors } = form
  return (
    <form {...form.formProps} className="peg-form" aria-label="Weekly PEG">
      <FormError message={form.formError} />
      {PEG_ITEMS.map((item) => (
        <ScalePicker
          key={item.key}
          legend={item.question}
          name={`${id}-${item.key}`}
          options={ZERO_TO_TEN}
          value={values[item.key]}
          onChange={(v) => set(item.key, v)}
          anchors={{ low: item.anchors[0], high: item.anchors[10] }}
          error={errors[item.key]}
        />
      ))}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={form.pending}>
          {form.pending ? 'Saving…' : 'Save this week’s answers'}
        </button>
        <button
          type="button"
          className="button"
          disabled={dismiss.isPending}
          onClick={() => dismiss.mutate({ pegDismissedOn: today })}
        >
          Not this week
        </button>
        {isComplete(values) ? (
          <span className="hint" aria-live="polite">
            Score {score(pegScore(values))} of 10
          </span>
        ) : null}
      </div>
      {dismiss.isError ? (
        <ErrorBanner title="The card could not be put away." error={dismiss.error} />
      ) : null}
    </form>
  )
}

/**
 * The weekly PEG-3 card for Today: offered when no PEG was answered in the last 7 days and the
 * card was not put away in those days (and the journal can be written); self-contained, so Today
 * mounts it with one line.
 */
export function WeeklyPegCard() {
  const today = useToday()
  const week = { from: shiftIsoDate(today, -(PEG_INTERVAL_DAYS - 1)), to: today }
  const recent = useChannel('peg:list', week)
  const settings = useChannel('settings:get')
  const [saved, setSaved] = useState<Peg | null>(null)
  // A read-only journal cannot take this week's answers: the card is not offered.
  const readOnly = useReadOnly()
  if (saved) {
    return (
      <section className="card peg-card" aria-labelledby="card-peg">
        <h2 id="card-peg">This week’s PEG</h2>
        <p role="status">
          <span aria-hidden="true">✓ </span>
          Saved: score {score(saved.score)} of 10. It is asked again in {PEG_INTERVAL_DAYS} days.
        </p>
      </section>
    )
  }
  if (readOnly || !recent.data || !settings.data) return null
  const last = recent.data[recent.data.length - 1]?.date ?? null
  if (!pegDue(last, settings.data.pegDismissedOn, today)) return null
  return (
    <section className="card peg-card" aria-labelledby="card-peg">
      <header className="card__header">
        <h2 id="card-peg">This week’s PEG: three questions</h2>
        <span className="hint">About the past week, 0–10</span>
      </header>
      <PegForm today={today} onSaved={setSaved} />
    </section>
  )
}
