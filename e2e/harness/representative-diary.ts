import { addDays } from 'date-fns'
import { toIsoDate } from '../../src/shared/dates'
import {
  insertCheckin,
  insertEpisode,
  insertPeg,
  insertTreatment,
  STIFF_MORNING,
} from '../../testing/diary-rows'
import { seedSyntheticDiary } from '../../testing/synthetic-diary'
import type { TempDiary } from '../../testing/temp-diary'

const daysAgo = (n: number) => toIsoDate(addDays(new Date(), -n))

/**
 * Two months of diary with something on every screen: an ongoing two-week episode, an urgent
 * and a soon warning sign, today's morning check-in, a TENS session with a side effect and
 * eight weeks of PEG answers.
 */
export function seedRepresentativeDiary(diary: TempDiary): void {
  const db = diary.db
  seedSyntheticDiary(db, { to: daysAgo(1), days: 60, seed: 8 })
  const ongoing = insertEpisode(db, {
    startedOn: daysAgo(15),
    endedOn: null,
    region: 'mid',
    side: 'both',
    trigger: 'lifting',
    notes: 'Moving boxes at work',
  })
  // Direct inserts skip main's relinking: link the ongoing episode's days by hand.
  db.prepare('UPDATE checkins SET episode_id = ? WHERE date >= ?').run(ongoing, daysAgo(15))
  const urgent = insertCheckin(db, { date: daysAgo(1), slot: 'other', pain: 7, stiffness: 6 })
  const morning = insertCheckin(db, {
    date: daysAgo(0),
    ...STIFF_MORNING,
    notes: 'Stiff until after breakfast',
  })
  const sign = db.prepare('INSERT INTO checkin_symptoms (checkin_id, code) VALUES (?, ?)')
  sign.run(urgent, 'pain_worse_lying_down_or_at_night')
  sign.run(morning, 'pain_below_knee_one_leg')
  insertTreatment(db, {
    kind: 'tens',
    startedAt: `${daysAgo(0)}T08:30`,
    detail: 'Pads on the lower back, level 4',
    durationMinutes: 20,
    painBefore: 6,
    painAfter: 4,
    sideEffect: 'Skin irritation under the pads',
  })
  // Weekly PEG answers, none this week: Today offers the card, Trends and the report show them.
  for (const [week, pain] of [8, 7, 7, 6, 5, 5, 6, 4].entries()) {
    insertPeg(db, { date: daysAgo(56 - week * 7), pain, enjoyment: pain - 1, activity: pain + 1 })
  }
}
