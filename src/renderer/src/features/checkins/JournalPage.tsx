import { useMemo, useState } from 'react'
import { formatDay } from '../../../shared/dates'
import { isSymptomCode } from '../../../shared/clinical/symptoms'
import type { Checkin, CheckinDraft } from '../../../shared/domain/checkin'
import { SLOT_LABELS } from '../../../shared/domain/checkin'
import { useCheckins, useDeleteCheckin, useSaveCheckin } from '../api/checkins.queries'
import { CheckinForm } from '../checkins/CheckinForm'
import { CheckinSummary } from '../checkins/CheckinSummary'
import { ErrorBanner } from '../components/ErrorBanner'
import { UndoBanner } from '../components/UndoBanner'
import { LabelledOptions } from '../components/LabelledOptions'
import { useUndoableDelete } from '../components/useUndoableDelete'
import { LIST_RANGE_IDS, LIST_RANGE_LABELS, listRange, type ListRangeId } from '../components/range'

function toDraft(entry: Checkin): CheckinDraft {
  return {
    date: entry.date,
    slot: entry.slot,
    pain: entry.pain,
    stiffness: entry.stiffness,
    stiffnessMinutes: entry.stiffnessMinutes,
    spasmFrequency: entry.spasmFrequency,
    spasmSeverity: entry.spasmSeverity,
    sleepInterrupted: entry.sleepInterrupted,
    notes: entry.notes,
    symptoms: entry.symptoms.filter(isSymptomCode),
  }
}

function entryTitle(entry: Checkin): string {
  return `${SLOT_LABELS[entry.slot]} check-in`
}

function JournalEntry({ entry, onDelete }: { entry: Checkin; onDelete: (entry: Checkin) => void }) {
  const [editing, setEditing] = useState(false)
  const title = entryTitle(entry)
  return (
    <article className="entry" aria-label={`${title}, ${formatDay(entry.date)}`}>
      <header className="entry__header">
        <h3>{title}</h3>
        {!editing ? (
          <div className="entry__actions">
            <button type="button" className="button button--small" onClick={() => setEditing(true)}>
              Edit
              <span className="visually-hidden">
                {' '}
                {title.toLowerCase()} of {formatDay(entry.date)}
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
                {title.toLowerCase()} of {formatDay(entry.date)}
              </span>
            </button>
          </div>
        ) : null}
      </header>
      {editing ? (
        <CheckinForm
          date={entry.date}
          slot={entry.slot}
          entry={entry}
          onSaved={() => setEditing(false)}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <CheckinSummary entry={entry} />
      )}
    </article>
  )
}

export function JournalPage() {
  const [rangeId, setRangeId] = useState<ListRangeId>('30')
  const range = useMemo(() => {
    return listRange(rangeId)
  }, [rangeId])
  const query = useCheckins(range)
  const { deleted, actionError, onDelete, onUndo, dismiss, restoring } = useUndoableDelete(
    useDeleteCheckin(),
    useSaveCheckin(),
    toDraft,
  )

  const days = useMemo(() => {
    const groups = new Map<string, Checkin[]>()
    for (const entry of query.data ?? []) {
      const list = groups.get(entry.date) ?? []
      list.push(entry)
      groups.set(entry.date, list)
    }
    return [...groups.entries()]
  }, [query.data])

  return (
    <div className="page">
      <header className="page__header">
        <h1>Journal</h1>
        <div className="field field--inline">
          <label htmlFor="journal-range">Show</label>
          <select
            id="journal-range"
            value={rangeId}
            onChange={(e) => setRangeId(e.target.value as ListRangeId)}
          >
            <LabelledOptions values={LIST_RANGE_IDS} labels={LIST_RANGE_LABELS} />
          </select>
        </div>
      </header>
      <UndoBanner
        message={
          deleted
            ? `Deleted the ${entryTitle(deleted).toLowerCase()} of ${formatDay(deleted.date)}.`
            : null
        }
        onUndo={onUndo}
        onDismiss={dismiss}
        pending={restoring}
      />
      {actionError ? <ErrorBanner title="That did not work." error={actionError} /> : null}
      {query.isError ? (
        <ErrorBanner title="The journal could not be loaded." error={query.error} />
      ) : null}
      {query.isPending ? <p role="status">Loading…</p> : null}
      {query.isSuccess && days.length === 0 ? (
        <p className="empty">
          Nothing recorded in this period. Check-ins you save on Today appear here.
        </p>
      ) : null}
      {days.map(([date, entries]) => (
        <section key={date} className="day" aria-labelledby={`day-${date}`}>
          <h2 id={`day-${date}`} className="day__title">
            {formatDay(date)}
          </h2>
          {entries.map((entry) => (
            <JournalEntry key={entry.id} entry={entry} onDelete={onDelete} />
          ))}
        </section>
      ))}
    </div>
  )
}
