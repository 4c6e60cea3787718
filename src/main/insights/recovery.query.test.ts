import { describe, expect, it } from 'vitest'
import { checkin, useInsightsDiary } from '../../../testing/insights-rows'
import { insertEpisode } from '../../../testing/diary-rows'
import { relinkEntries } from '../episodes/episode-links'
import type { DB } from '../db/database'

const diary = useInsightsDiary()

/**
 * Recovery, by hand (today 2026-02-25):
 * R1 lower 01-05…01-10: 01-05 mean 7, 01-06 none (a gap), 01-07 5, 01-08 mean of 3, 1, 2 = 2,
 *   01-09 2 (two good days in a row: recovered on day 4), 01-10 1.
 * R2 mid 01-08…01-12 overlaps R1: its day 1 is 01-08 (2, then 2: recovered on day 1), 01-10 day 3,
 *   01-11 day 4 (4).
 * R3 lower 02-01…02-03: no check-ins at all → recovered by its end, 3 days.
 * R4 upper 02-20, ongoing: 6 days so far, pain 6 on day 2 → not recovered yet.
 */
function seedRecovery(db: DB) {
  insertEpisode(db, { startedOn: '2026-01-05', endedOn: '2026-01-10', region: 'lower' })
  insertEpisode(db, { startedOn: '2026-01-08', endedOn: '2026-01-12', region: 'mid' })
  insertEpisode(db, { startedOn: '2026-02-01', endedOn: '2026-02-03', region: 'lower' })
  insertEpisode(db, { startedOn: '2026-02-20', endedOn: null, region: 'upper' })
  checkin(db, { date: '2026-01-05', pain: 8 })
  checkin(db, { date: '2026-01-05', slot: 'evening', pain: 6 })
  checkin(db, { date: '2026-01-07', pain: 5 })
  checkin(db, { date: '2026-01-08', pain: 3 })
  checkin(db, { date: '2026-01-08', slot: 'evening', pain: 1 })
  checkin(db, { date: '2026-01-08', slot: 'other', pain: 2 })
  checkin(db, { date: '2026-01-09', slot: 'evening', pain: 2 })
  checkin(db, { date: '2026-01-10', pain: 1 })
  checkin(db, { date: '2026-01-11', pain: 4 })
  checkin(db, { date: '2026-02-21', pain: 6 })
  relinkEntries(db)
}

describe('recovery', () => {
  // E1 recovers on day 4 (01-08 and 01-09 at 2), though 01-08 alone would not do; E2 shares
  // those days and recovers on its first; E3 has no check-ins and counts to its end; E4 is
  // ongoing at pain 6 and has no recovery day yet.
  it('overlays each episode from its first day and finds two good days in a row', () => {
    seedRecovery(diary.db)
    const { recovery } = diary.insights('2026-01-01', '2026-02-25', '2026-02-25')
    expect(
      recovery.episodes.map(({ id, days, curve, daysToRecovery, recoveredBy }) => ({
        id,
        days,
        curve: curve.map((p) => [p.day, p.pain]),
        daysToRecovery,
        recoveredBy,
      })),
    ).toEqual([
      {
        id: 1,
        days: 6,
        curve: [
          [1, 7],
          [3, 5],
          [4, 2],
          [5, 2],
          [6, 1],
        ],
        daysToRecovery: 4,
        recoveredBy: 'pain',
      },
      {
        id: 2,
        days: 5,
        curve: [
          [1, 2],
          [2, 2],
          [3, 1],
          [4, 4],
        ],
        daysToRecovery: 1,
        recoveredBy: 'pain',
      },
      { id: 3, days: 3, curve: [], daysToRecovery: 3, recoveredBy: 'end' },
      { id: 4, days: 6, curve: [[2, 6]], daysToRecovery: null, recoveredBy: null },
    ])
  })

  it('measures gaps between starts, overall and per region', () => {
    seedRecovery(diary.db)
    const { recovery } = diary.insights('2026-01-01', '2026-02-25', '2026-02-25')
    // Starts 01-05, 01-08, 02-01, 02-20: gaps 3, 24, 19 → median 19. Lower: 27 days.
    expect(recovery.gaps).toEqual([
      { region: null, gaps: 3, medianDays: 19 },
      { region: 'lower', gaps: 1, medianDays: 27 },
      { region: 'mid', gaps: 0, medianDays: null },
      { region: 'upper', gaps: 0, medianDays: null },
    ])
    // Three known recovery times: halves of one, below the three each half needs.
    expect(recovery.trend).toEqual({ status: 'not_enough_data', episodes: 3, minimumPerHalf: 5 })
  })

  /** Ended episodes without check-ins: their days to recovery are their lengths. */
  function seedLengths(lengths: number[]) {
    lengths.forEach((length, i) => {
      const start = new Date(Date.UTC(2025, 0, 1 + i * 40))
      const end = new Date(start.getTime() + (length - 1) * 86_400_000)
      const iso = (d: Date) => d.toISOString().slice(0, 10)
      insertEpisode(diary.db, { startedOn: iso(start), endedOn: iso(end) })
    })
  }

  it('compares the recent half with the earlier half by their medians', () => {
    // Earlier [10, 8, 12, 9, 11] → 10; the middle 5 sits out; recent [4, 6, 5, 3, 7] → 5.
    seedLengths([10, 8, 12, 9, 11, 5, 4, 6, 5, 3, 7])
    const insights = diary.insights('1900-01-01', '2026-06-30')
    expect(insights.recovery.trend).toEqual({
      status: 'enough_data',
      earlier: { episodes: 5, medianDays: 10, shortestDays: 8, longestDays: 12 },
      recent: { episodes: 5, medianDays: 5, shortestDays: 3, longestDays: 7 },
      direction: 'faster',
    })
    // No test stands behind it, so it stays on the page and out of the doctor's summary.
    expect(insights.strongest.map((l) => l.section)).not.toContain('recovery')
  })

  it('needs five episodes in each half', () => {
    seedLengths([3, 9, 4, 8, 5, 9, 4, 8, 5])
    const nine = diary.insights('1900-01-01', '2026-06-30')
    expect(nine.recovery.trend).toEqual({
      status: 'not_enough_data',
      episodes: 9,
      minimumPerHalf: 5,
    })
    seedLengths([3])
    const ten = diary.insights('1900-01-01', '2026-06-30')
    expect(ten.recovery.trend).toMatchObject({ status: 'enough_data' })
  })
})
