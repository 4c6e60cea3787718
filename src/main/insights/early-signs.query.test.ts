import { describe, expect, it } from 'vitest'
import { checkin, useInsightsDiary } from '../../../testing/insights-rows'
import { insertEpisode } from '../../../testing/diary-rows'
import { relinkEntries } from '../episodes/episode-links'
import type { DB } from '../db/database'
import { MIN_ONSETS } from '../../shared/clinical/insights'

const diary = useInsightsDiary()

/**
 * Early signs, by hand. Onsets S1 05-10, S2 05-20, S3 06-01 (to 06-02), S4 06-03.
 * Days before (outside episodes): S1 05-07 (40 min, pain 5, sleep broken), 05-09 (60, 6);
 * S2 05-18 (30, 4, broken on the evening entry); S3 05-31 (20, 3); S4 05-31 again (06-01 and
 * 06-02 are inside S3); S5 06-20: 06-19 (40, 3). → 6 mornings: minutes 35, pain 4; sleep
 * broken on 2 of 6 days.
 * Other days: 05-01 (10, 2), 05-02 (20, 1, broken), 05-03 (evening only), 05-15 (0, 0)
 * → minutes 10, pain 1 over 3 mornings; sleep 1 of 4 days. 05-11 (inside S1) counts nowhere.
 */
function seedEarlySigns(db: DB) {
  insertEpisode(db, { startedOn: '2026-05-10', endedOn: '2026-05-12' })
  insertEpisode(db, { startedOn: '2026-05-20', endedOn: '2026-05-21' })
  insertEpisode(db, { startedOn: '2026-06-01', endedOn: '2026-06-02', region: 'mid' })
  insertEpisode(db, { startedOn: '2026-06-03', endedOn: '2026-06-04' })
  insertEpisode(db, { startedOn: '2026-06-20', endedOn: '2026-06-21' })
  const morning = (date: string, minutes: number, pain: number, sleepInterrupted = false) =>
    checkin(db, { date, stiffnessMinutes: minutes, pain, sleepInterrupted })
  morning('2026-05-07', 40, 5, true)
  morning('2026-05-09', 60, 6)
  checkin(db, { date: '2026-05-09', slot: 'evening', pain: 3 })
  morning('2026-05-18', 30, 4)
  checkin(db, { date: '2026-05-18', slot: 'evening', sleepInterrupted: true })
  morning('2026-05-31', 20, 3)
  morning('2026-06-01', 80, 8, true)
  morning('2026-06-02', 80, 8, true)
  morning('2026-05-01', 10, 2)
  morning('2026-05-02', 20, 1, true)
  checkin(db, { date: '2026-05-03', slot: 'evening', pain: 2 })
  morning('2026-05-15', 0, 0)
  morning('2026-05-11', 90, 9, true)
  morning('2026-06-19', 40, 3)
  relinkEntries(db)
}

describe('early signs', () => {
  it('compares the days before onsets with the person’s other days', () => {
    seedEarlySigns(diary.db)
    const { earlySigns } = diary.insights('2026-05-01', '2026-06-30')
    expect(earlySigns).toMatchObject({
      onsets: 5,
      onsetsWithData: 5,
      minimumOnsets: MIN_ONSETS,
      enoughData: true,
      signs: [
        {
          sign: 'stiffness_minutes',
          before: { n: 6, value: 35 },
          baseline: { n: 3, value: 10 },
        },
        {
          sign: 'sleep_interrupted',
          before: { n: 6, value: 2 / 6 },
          baseline: { n: 4, value: 0.25 },
        },
        { sign: 'morning_pain', before: { n: 6, value: 4 }, baseline: { n: 3, value: 1 } },
      ],
    })
  })

  it.each([
    ['2026-05-25', 2],
    ['2026-06-10', 4],
  ])('shows no numbers below 5 onsets (to %s: %i)', (to, onsets) => {
    seedEarlySigns(diary.db)
    expect(diary.insights('2026-05-01', to).earlySigns).toEqual({
      onsets,
      onsetsWithData: onsets,
      minimumOnsets: MIN_ONSETS,
      enoughData: false,
      signs: [],
    })
  })

  it('sends no early sign to the summary: it has no test behind it', () => {
    seedEarlySigns(diary.db)
    const { strongest } = diary.insights('2026-05-01', '2026-06-30')
    expect(strongest).toEqual([])
  })
})
