import { useState } from 'react'
import { formatDay } from '@shared/dates'
import { Page } from '@renderer/components/Page'
import { ActiveAlerts } from '@renderer/features/alerts/ActiveAlerts'
import { DayCheckins } from '@renderer/features/checkins/DayCheckins'
import { OngoingEpisodeCard } from '@renderer/features/episodes/OngoingEpisodeCard'
import { TodayTreatmentCard } from '@renderer/features/treatments/TodayTreatmentCard'
import { useToday } from '@renderer/lib/useToday'

/** Today: the safety net first (alerts, the ongoing episode), then the day's check-ins. */
export function TodayRoute() {
  const today = useToday()
  // null = "today", so the page moves to the new day at midnight instead of staying behind.
  const [chosen, setChosen] = useState<string | null>(null)
  const date = chosen ?? today
  const setDate = (value: string) => setChosen(value === today ? null : value)
  return (
    <Page
      title={date === today ? 'Today' : formatDay(date)}
      actions={
        <div className="field field--inline">
          <label htmlFor="today-date">Entries for</label>
          <input
            id="today-date"
            type="date"
            value={date}
            max={today}
            onChange={(e) => setDate(e.target.value || today)}
          />
          {date !== today ? (
            <button type="button" className="button" onClick={() => setDate(today)}>
              Back to today
            </button>
          ) : null}
        </div>
      }
    >
      <div className="today-episode">
        <ActiveAlerts />
        <OngoingEpisodeCard />
      </div>
      <DayCheckins date={date}>
        <TodayTreatmentCard />
      </DayCheckins>
    </Page>
  )
}
