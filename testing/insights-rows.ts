import { afterEach, beforeEach } from 'vitest'
import { getInsights } from '../src/main/insights/insights.query'
import { openTempDiary, type TempDiary } from './temp-diary'
import type { DB } from '../src/main/db/database'
import { relinkEntries } from '../src/main/episodes/episode-links'
import {
  insertCheckin,
  insertDayFactors,
  insertEpisode,
  insertOnsetFactors,
  type CheckinRowInput,
} from './diary-rows'

/** Rows for the Insights query tests (src/main/insights/*.query.test.ts). */

export const checkin = (db: DB, c: Partial<CheckinRowInput> & Pick<CheckinRowInput, 'date'>) =>
  insertCheckin(db, { slot: 'morning', pain: 3, stiffness: 3, ...c })
export const evening = (db: DB, date: string, factors?: string[]) => {
  const id = checkin(db, { date, slot: 'evening' })
  if (factors) insertDayFactors(db, id, factors)
  return id
}

/**
 * Factors, by hand. Onsets in March–April: E1 (long sitting, poor sleep), E2 (long sitting),
 * E3 (answered: none), E4 (not answered) → 4 onsets, 3 with data.
 * Evenings: 03-01 and 03-15 are the day before an onset (left out); 03-03 is inside E1; 05-05
 * is outside the range; 03-12 recorded no factors. Ordinary days: 03-10, 03-11, 03-12, 04-10
 * (4), with data 03-10 (long sitting, stress), 03-11 (none), 04-10 (poor sleep) (3).
 */
export function seedFactors(db: DB) {
  const e1 = insertEpisode(db, { startedOn: '2026-03-02', endedOn: '2026-03-04' })
  const e2 = insertEpisode(db, { startedOn: '2026-03-16', endedOn: '2026-03-18' })
  const e3 = insertEpisode(db, { startedOn: '2026-04-01', endedOn: '2026-04-02' })
  insertEpisode(db, { startedOn: '2026-04-20', endedOn: '2026-04-21' })
  insertOnsetFactors(db, e1, ['long_sitting', 'poor_sleep'])
  insertOnsetFactors(db, e2, ['long_sitting'])
  insertOnsetFactors(db, e3, [])
  evening(db, '2026-03-01', ['long_sitting'])
  evening(db, '2026-03-03', ['long_sitting'])
  evening(db, '2026-03-10', ['long_sitting', 'high_stress'])
  evening(db, '2026-03-11', [])
  evening(db, '2026-03-12')
  evening(db, '2026-03-15', ['poor_sleep'])
  evening(db, '2026-04-10', ['poor_sleep'])
  evening(db, '2026-05-05', ['long_sitting'])
  checkin(db, { date: '2026-03-20' })
  relinkEntries(db)
}

/**
 * A fresh diary for each test of the calling file, and Insights over it judged on `today`
 * (2026-06-30 unless given).
 */
export function useInsightsDiary() {
  let diary: TempDiary | undefined
  beforeEach(() => {
    diary = openTempDiary()
  })
  afterEach(() => diary?.close())
  const current = () => {
    if (!diary) throw new Error('useInsightsDiary: no diary outside a test')
    return diary
  }
  return {
    get db() {
      return current().db
    },
    call: (channel: string, input: unknown) => current().call(channel, input),
    insights: (from: string, to: string, today = '2026-06-30') =>
      getInsights(current().db, { from, to }, today),
  }
}
