import { format } from 'date-fns'
import { useMemo, useState } from 'react'
import { formatDay } from '../../../shared/dates'
import {
  TREATMENT_KINDS,
  TREATMENT_KIND_LABELS,
  type Treatment,
  type TreatmentDraft,
  type TreatmentKind,
} from '../../../shared/domain/treatment'
import {
  useDeleteTreatment,
  useSaveTreatment,
  useTreatmentEffectiveness,
  useTreatments,
} from '../api/treatments.queries'
import { ErrorBanner } from '../components/ErrorBanner'
import { UndoBanner } from '../components/UndoBanner'
import { useUndoableDelete } from '../components/useUndoableDelete'
import { LIST_RANGE_IDS, LIST_RANGE_LABELS, listRange, type ListRangeId } from '../components/range'
import { GuidedTimers } from '../timers/GuidedTimers'
import { EffectivenessTable } from '../treatments/EffectivenessTable'
import { TreatmentForm } from '../treatments/TreatmentForm'
import { TreatmentSummary } from '../treatments/TreatmentSummary'
import { LabelledOptions } from '../components/LabelledOptions'

/** "Tue 24 Nov 2026, 19:30" from a local 'YYYY-MM-DDTHH:MM'. */
function formatStart(startedAt: string): string {
  const [date = '', time = ''] = startedAt.split('T')
  return `${formatDay(date)}, ${time}`
}

function entryTitle(entry: Treatment): string {
  return `${TREATMENT_KIND_LABELS[entry.kind]} session`
}

/** Everything but the id, so undo re-creates the deleted session as it was. */
function toDraft(entry: Treatment): TreatmentDraft {
  return {
    kind: entry.kind,
    detail: entry.detail,
    startedAt: entry.startedAt,
    durationMinutes: entry.durationMinutes,
    painBefore: entry.painBefore,
    painAfter: entry.painAfter,
    sideEffect: entry.sideEffect,
    notes: entry.notes,
  }
}

function TreatmentEntry({
  entry,
  onDelete,
}: {
  entry: Treatment
  onDelete: (entry: Treatment) => void
}) {
  const [editing, setEditing] = useState(false)
  const title = entryTitle(entry)
  const when = formatStart(entry.startedAt)
  return (
    <article className="entry" aria-label={`${title}, ${when}`}>
      <header className="entry__header">
        <h3>{title}</h3>
        <span className="hint">{when}</span>
        {!editing ? (
          <div className="entry__actions">
            <button type="button" className="button button--small" onClick={() => setEditing(true)}>
              Edit
              <span className="visually-hidden">
                {' '}
                {title.toLowerCase()} of {when}
              </span>
            </button>
            <button
              type="button"
              className="button button--small button--danger"
              onClick={() => onDelete(entry)}
            >
              Delete
              <span className="visually-hidden">
                {' '}
                {title.toLowerCase()} of {when}
              </span>
            </button>
          </div>
        ) : null}
      </header>
      {editing ? (
        <TreatmentForm
          label={`Edit ${title.toLowerCase()}`}
          entry={entry}
          onSaved={() => setEditing(false)}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <TreatmentSummary entry={entry} />
      )}
    </article>
  )
}

function QuickLog() {
  const [savedAt, setSavedAt] = useState<Treatment | null>(null)
  // A fresh form after each save: the key resets its state.
  const [formKey, setFormKey] = useState(0)
  return (
    <section className="card" aria-labelledby="quick-log">
      <header className="card__header">
        <h2 id="quick-log">Quick log</h2>
        {savedAt ? (
          <span className="badge badge--done" role="status">
            ✓ Saved {TREATMENT_KIND_LABELS[savedAt.kind].toLowerCase()}
          </span>
        ) : null}
      </header>
      <TreatmentForm
        key={formKey}
        label="Quick log"
        onSaved={(entry) => {
          setSavedAt(entry)
          setFormKey((k) => k + 1)
        }}
      />
    </section>
  )
}

function TreatmentList() {
  const [rangeId, setRangeId] = useState<ListRangeId>('30')
  const [kind, setKind] = useState<TreatmentKind | ''>('')
  const query = useMemo(() => {
    const range = listRange(rangeId)
    return kind === '' ? range : { ...range, kind }
  }, [rangeId, kind])
  const list = useTreatments(query)
  const { deleted, actionError, onDelete, onUndo, dismiss, restoring } = useUndoableDelete(
    useDeleteTreatment(),
    useSaveTreatment(),
    toDraft,
  )

  return (
    <section className="treatments-list" aria-labelledby="treatments-logged">
      <header className="page__header">
        <h2 id="treatments-logged">Logged sessions</h2>
        <div className="form-actions">
          <div className="field field--inline">
            <label htmlFor="treatments-range">Show</label>
            <select
              id="treatments-range"
              value={rangeId}
              onChange={(e) => setRangeId(e.target.value as ListRangeId)}
            >
              <LabelledOptions values={LIST_RANGE_IDS} labels={LIST_RANGE_LABELS} />
            </select>
          </div>
          <div className="field field--inline">
            <label htmlFor="treatments-kind">Kind</label>
            <select
              id="treatments-kind"
              value={kind}
              onChange={(e) => setKind(e.target.value as TreatmentKind | '')}
            >
              <option value="">All kinds</option>
              <LabelledOptions values={TREATMENT_KINDS} labels={TREATMENT_KIND_LABELS} />
            </select>
          </div>
        </div>
      </header>
      <UndoBanner
        message={
          deleted
            ? `Deleted the ${entryTitle(deleted).toLowerCase()} of ${formatStart(deleted.startedAt)}.`
            : null
        }
        onUndo={onUndo}
        onDismiss={dismiss}
        pending={restoring}
      />
      {actionError ? <ErrorBanner title="That did not work." error={actionError} /> : null}
      {list.isError ? (
        <ErrorBanner title="Your treatments could not be loaded." error={list.error} />
      ) : null}
      {list.isPending ? <p role="status">Loading…</p> : null}
      {list.isSuccess && list.data.length === 0 ? (
        <p className="empty">Nothing logged in this period.</p>
      ) : null}
      {list.data?.map((entry) => (
        <TreatmentEntry key={entry.id} entry={entry} onDelete={onDelete} />
      ))}
    </section>
  )
}

function Effectiveness() {
  const query = useTreatmentEffectiveness()
  return (
    <section className="card" aria-labelledby="what-works">
      <header className="card__header">
        <h2 id="what-works">What works</h2>
        <span className="hint">All sessions, as of {format(new Date(), 'd MMM yyyy')}</span>
      </header>
      {query.isError ? (
        <ErrorBanner title="The effectiveness table could not be loaded." error={query.error} />
      ) : null}
      {query.isSuccess ? <EffectivenessTable rows={query.data} /> : null}
    </section>
  )
}

export function TreatmentsPage() {
  return (
    <div className="page">
      <header className="page__header">
        <h1>Treatments</h1>
      </header>
      <div className="card-grid">
        <QuickLog />
        <section className="card" aria-labelledby="guided-timers">
          <header className="card__header">
            <h2 id="guided-timers">Guided timers</h2>
          </header>
          <GuidedTimers />
        </section>
      </div>
      <Effectiveness />
      <TreatmentList />
    </div>
  )
}
