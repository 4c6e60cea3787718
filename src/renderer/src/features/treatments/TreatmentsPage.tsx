import { useMemo, useState, type ReactNode } from 'react'
import { toIsoDate } from '@shared/dates'
import { formatDay, formatShortDay, formatTime } from '@shared/format'
import {
  TREATMENT_KINDS,
  TREATMENT_KIND_LABELS,
  type Treatment,
  type TreatmentKind,
} from '@shared/domain/treatment'
import { EntryCard } from '@renderer/components/EntryCard'
import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { LabelledOptions } from '@renderer/components/LabelledOptions'
import { Page } from '@renderer/components/Page'
import { ListRangeSelect } from '@renderer/components/ListRangeSelect'
import { UndoBanner } from '@renderer/components/UndoBanner'
import { useUndoableDelete } from '@renderer/components/useUndoableDelete'
import { useChannel, useChannelMutation } from '@renderer/lib/channels'
import { listRange, type ListRangeId } from '@renderer/lib/range'
import { EffectivenessTable } from './EffectivenessTable'
import { treatmentToDraft } from './treatment-draft'
import { TreatmentForm } from './TreatmentForm'
import { TreatmentSummary } from './TreatmentSummary'
import './treatments.css'

/** "Tue, 24 Nov 2026, 19:30" (in the person's locale) from a local 'YYYY-MM-DDTHH:MM'. */
function formatStart(startedAt: string): string {
  const [date = '', time = ''] = startedAt.split('T')
  const [hours = 0, minutes = 0] = time.split(':').map(Number)
  return `${formatDay(date)}, ${formatTime(new Date(2000, 0, 1, hours, minutes))}`
}

function entryTitle(entry: Treatment): string {
  return `${TREATMENT_KIND_LABELS[entry.kind]} session`
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
  const list = useChannel('treatments:list', query)
  const undo = useUndoableDelete(
    useChannelMutation('treatments:delete'),
    useChannelMutation('treatments:save'),
    treatmentToDraft,
  )

  return (
    <section className="treatments-list" aria-labelledby="treatments-logged">
      <header className="page__header">
        <h2 id="treatments-logged">Logged sessions</h2>
        <div className="form-actions">
          <ListRangeSelect id="treatments-range" value={rangeId} onChange={setRangeId} />
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
          undo.deleted
            ? `Deleted the ${entryTitle(undo.deleted).toLowerCase()} of ${formatStart(undo.deleted.startedAt)}.`
            : null
        }
        undo={undo}
      />
      {list.isError ? (
        <ErrorBanner title="Your treatments could not be loaded." error={list.error} />
      ) : null}
      {list.isPending ? <p role="status">Loading…</p> : null}
      {list.isSuccess && list.data.length === 0 ? (
        <p className="empty">Nothing logged in this period.</p>
      ) : null}
      {list.data?.map((entry) => {
        const title = entryTitle(entry)
        return (
          <EntryCard
            key={entry.id}
            title={title}
            when={formatStart(entry.startedAt)}
            showWhen
            summary={<TreatmentSummary entry={entry} />}
            editForm={(done) => (
              <TreatmentForm
                label={`Edit ${title.toLowerCase()}`}
                entry={entry}
                onSaved={done}
                onCancel={done}
              />
            )}
            onDelete={() => undo.onDelete(entry)}
          />
        )
      })}
    </section>
  )
}

function Effectiveness() {
  const query = useChannel('treatments:effectiveness', {})
  return (
    <section className="card" aria-labelledby="what-works">
      <header className="card__header">
        <h2 id="what-works">What works</h2>
        <span className="hint">All sessions, as of {formatShortDay(toIsoDate(new Date()))}</span>
      </header>
      {query.isError ? (
        <ErrorBanner title="The effectiveness table could not be loaded." error={query.error} />
      ) : null}
      {query.isSuccess ? <EffectivenessTable rows={query.data} /> : null}
    </section>
  )
}

/** Treatments: the quick log beside `timers`, what works, and every logged session. */
export function TreatmentsPage({ timers }: { timers?: ReactNode }) {
  return (
    <Page title="Treatments">
      <div className="card-grid">
        <QuickLog />
        {timers}
      </div>
      <Effectiveness />
      <TreatmentList />
    </Page>
  )
}
