import { addDays } from 'date-fns'
import type { DB } from '../src/main/db/database'
import { relinkEntries } from '../src/main/episodes/episode-links'
import { fromIsoDate, toIsoDate } from '../src/shared/dates'
import {
  insertCheckin,
  insertDayFactors,
  insertEpisode,
  insertOnsetFactors,
  insertTreatment,
} from './diary-rows'

export interface InsightsPattern {
  onsets: number
  /** Onsets whose checklist ticked long sitting. */
  longSittingOnsets: number
  /** Evenings outside episodes (less the day before an onset), all with factors recorded. */
  ordinaryDays: number
  longSittingDays: number
  /** Heat sessions rated on days 1–2 (each followed by a 3-point drop) and from day 8 on. */
  earlyHeat: number
  laterHeat: number
}

const EPISODES = 5
const LENGTH = 10
const SPACING = 35

/**
 * A diary with a known pattern, ending on `today`: five 10-day episodes 35 days apart; long
 * sitting ticked before four of them and on every sixth ordinary evening; heat on days 1–2
 * followed by a 3-point drop, heat from day 8 on by none; stiffer, more painful mornings with
 * broken sleep in the 3 days before each onset. Pain eases through each episode.
 */
export function seedInsightsPattern(db: DB, today: string): InsightsPattern {
  const first = addDays(fromIsoDate(today), -(EPISODES * SPACING + 5))
  const day = (offset: number) => toIsoDate(addDays(first, offset))
  const onsets = Array.from({ length: EPISODES }, (_, k) => 10 + k * SPACING)
  const inEpisode = (i: number) => onsets.some((s) => i >= s && i < s + LENGTH)
  const dayBeforeOnset = (i: number) => onsets.includes(i + 1)
  const beforeOnset = (i: number) => onsets.some((s) => i >= s - 3 && i < s)
  const out: InsightsPattern = {
    onsets: EPISODES,
    longSittingOnsets: 0,
    ordinaryDays: 0,
    longSittingDays: 0,
    earlyHeat: 0,
    laterHeat: 0,
  }

  db.transaction(() => {
    onsets.forEach((start, k) => {
      const id = insertEpisode(db, {
        startedOn: day(start),
        endedOn: day(start + LENGTH - 1),
      })
      const sat = k !== 2
      insertOnsetFactors(db, id, sat ? ['long_sitting'] : ['heavy_lifting'])
      if (sat) out.longSittingOnsets++
      for (let d = 0; d < LENGTH; d++) {
        const at = (time: string) => `${day(start + d)}T${time}`
        if (d < 2) {
          insertTreatment(db, { kind: 'heat', startedAt: at('09:00'), painBefore: 7, painAfter: 4 })
          out.earlyHeat++
        } else if (d >= 7) {
          insertTreatment(db, { kind: 'heat', startedAt: at('09:00'), painBefore: 4, painAfter: 4 })
          out.laterHeat++
        }
      }
    })
    let ordinary = 0
    for (let i = 0; day(i) <= today; i++) {
      const date = day(i)
      const episodeDay = onsets.find((s) => i >= s && i < s + LENGTH)
      const pain = episodeDay === undefined ? 1 : Math.max(1, 8 - (i - episodeDay))
      const early = beforeOnset(i)
      insertCheckin(db, {
        date,
        slot: 'morning',
        pain: early ? 4 : pain,
        stiffness: early ? 5 : pain,
        stiffnessMinutes: early ? 45 : inEpisode(i) ? 60 : 10,
        sleepInterrupted: early,
      })
      const evening = insertCheckin(db, { date, slot: 'evening', pain, stiffness: pain })
      if (!inEpisode(i) && !dayBeforeOnset(i)) {
        const sat = ordinary % 6 === 0
        insertDayFactors(db, evening, sat ? ['long_sitting'] : [])
        out.ordinaryDays++
        if (sat) out.longSittingDays++
        ordinary++
      }
    }
    relinkEntries(db)
  })()
  return out
}
