import { useState } from 'react'
import { isIsoDate } from '@shared/dates'
import { formatDay } from '@shared/format'
import { DateField } from '@renderer/components/form/DateField'
import { Page } from '@renderer/components/Page'
import { AlertStrip } from '@renderer/features/alerts/AlertStrip'
import { dayCheckins, TodayCheckins } from '@renderer/features/checkins/TodayCheckins'
import {
  ONGOING_EPISODES,
  OngoingEpisodeCard,
} from '@renderer/features/episodes/OngoingEpisodeCard'
import { SpasmNow } from '@renderer/features/episodes/SpasmNow'
import { pegWeek, WeeklyPegLine } from '@renderer/features/peg/WeeklyPegLine'
import { TimerPanel } from '@renderer/features/timers/GuidedTimers'
import { TodayTreatmentLine } from '@renderer/features/treatments/TodayTreatmentLine'
import { TodayExperimentCard } from '@renderer/features/experiments/TodayExperimentCard'
import { channelRead, useChannel, type ChannelRead } from '@renderer/lib/channels'
import { useFocusRequest } from '@renderer/lib/navigation'
import { useToday } from '@renderer/lib/useToday'

/**
 * Every read Today's first render makes, asked at the window's start with the journal's state
 * (main.tsx), so Today draws once, with its answers. e2e/today.spec.ts checks that Today asks
 * nothing else before it can be used.
 */
export function todayReads(today: string): ChannelRead[] {
  return [
    channelRead('alerts:list'),
    ONGOING_EPISODES,
    dayCheckins(today),
    channelRead('experiments:list'),
    pegWeek(today),
    channelRead('app:firstRun'),
    channelRead('reminders:get'),
  ]
}

/**
 * Today, by state, built for a bad day: the alerts (compact), "Spasm now", the check-in that is
 * due, the ongoing episode; everything else one line each under "Also today" that opens on
 * demand (a new line is one more element in `more`).
 */
export function TodayRoute() {
  const today = useToday()
  // null = "today", so the page moves to the new day at midnight instead of staying behind.
  const [chosen, setChosen] = useState<string | null>(null)
  const focusRequest = useFocusRequest()
  // A reminder or the tray asks for today's check-in, whatever day was being looked at.
  if (focusRequest && chosen !== null) setChosen(null)
  const date = chosen ?? today
  const setDate = (value: string) => setChosen(value === today ? null : value)

  // Flags the strip already shows are not repeated on the episode card.
  const alerts = useChannel('alerts:list')
  const flagsInStrip = new Map<number, Set<string>>()
  for (const alert of alerts.data ?? []) {
    if (alert.source.kind !== 'episode' || alert.source.id === null) continue
    const titles = flagsInStrip.get(alert.source.id) ?? new Set<string>()
    titles.add(alert.title)
    flagsInStrip.set(alert.source.id, titles)
  }

  return (
    <Page
      title={date === today ? 'Today' : formatDay(date)}
      actions={
        <div className="field field--inline">
          <label htmlFor="today-date">Entries for</label>
          <DateField
            id="today-date"
            value={date}
            max={today}
            onChange={(value) => {
              if (isIsoDate(value) && value <= today) setDate(value)
            }}
          />
          {date !== today ? (
            <button type="button" className="button" onClick={() => setDate(today)}>
              Back to today
            </button>
          ) : null}
        </div>
      }
    >
      <AlertStrip />
      <SpasmNow focusRequest={focusRequest} timers={<TimerPanel />} />
      <TodayCheckins
        date={date}
        today={today}
        focusRequest={date === today ? focusRequest : null}
        between={
          <>
            <OngoingEpisodeCard flagsShownElsewhere={flagsInStrip} />
            {/* Today's option of a running experiment is due today, not one line to open. */}
            <TodayExperimentCard />
          </>
        }
        more={
          <>
            <WeeklyPegLine />
            <TodayTreatmentLine />
          </>
        }
      />
    </Page>
  )
}
