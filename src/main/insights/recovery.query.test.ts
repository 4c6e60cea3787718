import { describe, expect, it } from 'vitest'
import { checkin, useInsightsDiary } from '../../../testing/insights-rows'
import { insertEpisode } from '../../../testing/diary-rows'
import { relinkEntries } from '../episodes/episode-links'
import type { DB } from '../db/database'

const diary = useInsightsDiary()

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
  checkin(db, { date: '2026-01-10', pain: 1 })
  checkin(db, { date: '2026-01-11', pain: 4 })
  checkin(db, { date: '2026-02-21', pain: 6 })
  relinkEntries(db)
}

describe('recovery', () => {
  it('overlays each episode from its first day with gaps as gaps', () => {
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
      earlier: { episodes: 5, medianDays: 10 },
      recent: { episodes: 5, medianDays: 5 },
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

  it('reads "about as fast" when the medians are less than a day apart', () => {
    seedLengths([4, 5, 6, 5, 4, 6, 5, 4, 5, 6])
    const { recovery } = diary.insights('1900-01-01', '2026-06-30')
    expect(recovery.trend).toMatchObject({ status: 'enough_data', direction: 'same' })
  })
})

/**
 * What helps when, by hand. P1 lower 03-01…03-12, P2 04-01…04-05.
 * Heat: days 1–2 (3→… changes 3, 3, 1: mean 7/3, 2 drops of 2+); days 3–7 (1, 0 and one not
 * rated: 2 rated, not enough); day 8 on (1, 0, 0: mean 1/3, no drop); outside (one session).
 * Ice: days 1–2 (1, 3 in P1; 3 in P2 → 3 rated, mean 7/3, 2 drops); days 3–7 (1, 0).
 * First 72 hours of P1 (before 03-04T00:00): heat 3, 3, 1, 1 (03-03T00:00) and ice 1, 3, 1
 * (03-03T20:00); ice at exactly 72 hours is out. P2 used only ice, so it is not compared.
 */
