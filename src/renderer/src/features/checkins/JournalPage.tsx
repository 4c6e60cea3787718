import { useMemo, useState } from 'react'
import { formatDay } from '@shared/format'
import { SLOT_LABELS, type Checkin } from '@shared/domain/checkin'
import { EntryCard } from '@renderer/components/EntryCard'
import { ErrorBanner } from '@renderer/components/ErrorBanner'
import { Page } from '@renderer/components/Page'
import { ListRangeSelect } from '@renderer/components/ListRangeSelect'
import { UndoBanner } from '@renderer/components/UndoBanner'
import { useUndoableDelete } from '@renderer/components/useUndoableDelete'
import { useChannel, useChannelMutation } from '@renderer/lib/channels'
import { listRange, type ListRangeId } from '@renderer/lib/range'
import { checkinToDraft } from './checkin-draft'
import { CheckinForm } from './CheckinForm'
import { CheckinSummary } from './CheckinSummary'
import './checkins.css'

function entryTitle(entry: Checkin): string {
  return `${SLOT_LABELS[entry.slot]} check-in`
}

/** Every check-in of a period, newest day first, each editable and deletable with undo. */
export function JournalPage() {
  const [rangeId, setRangeId] = useState<ListRangeId>('30')
  const range = useMemo(() => listRange(rangeId), [rangeId])
  const query = useChannel('checkins:list', range)
  const undo = useUndoableDelete(
    useChannelMutation('checkins:delete'),
    useChannelMutation('checkins:save'),
    checkinToDraft,
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
    <Page
      title="Journal"
      actions={<ListRangeSelect id="journal-range" value={rangeId} onChange={setRangeId} />}
    >
      <UndoBanner
        message={
          undo.deleted
            ? `Deleted the ${entryTitle(undo.deleted).toLowerCase()} of ${formatDay(undo.deleted.date)}.`
            : null
        }
        undo={undo}
      />
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
            <EntryCard
              key={entry.id}
              title={entryTitle(entry)}
              when={formatDay(entry.date)}
              summary={<CheckinSummary entry={entry} />}
              editForm={(done) => (
                <CheckinForm
                  date={entry.date}
                  slot={entry.slot}
                  entry={entry}
                  onSaved={done}
                  onCancel={done}
                />
              )}
              onDelete={() => undo.onDelete(entry)}
            />
          ))}
        </section>
      ))}
    </Page>
  )
}
