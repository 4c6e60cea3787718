import { describe, expect, it } from 'vitest'
import { useInsightsDiary } from '../../../testing/insights-rows'
import { insertEpisode, insertTreatment } from '../../../testing/diary-rows'
import { relinkEntries } from '../episodes/episode-links'
import type { DB } from '../db/database'

const diary = useInsightsDiary()

/**
 * What helps when, by hand. P1 lower 03-01…03-12, P2 04-01…04-05.
 * Heat: days 1–2 (3→… changes 3, 3, 1: mean 7/3, 2 drops of 2+); days 3–7 (1, 0 and one not
 * rated: 2 rated, not enough); day 8 on (1, 0, 0: mean 1/3, no drop); outside (one session).
 * Ice: days 1–2 (1, 3 in P1; 3 in P2 → 3 rated, mean 7/3, 2 drops); days 3–7 (1, 0).
 * First 72 hours of P1 (before 03-04T00:00): heat 3, 3, 1, 1 (03-03T00:00) and ice 1, 3, 1
 * (03-03T20:00); ice at exactly 72 hours is out. P2 used only ice, so it is not compared.
 */
function seedTreatments(db: DB) {
  insertEpisode(db, { startedOn: '2026-03-01', endedOn: '2026-03-12' })
  insertEpisode(db, { startedOn: '2026-04-01', endedOn: '2026-04-05' })
  const t = (kind: string, startedAt: string, before: number, after: number | null) =>
    insertTreatment(db, { kind, startedAt, painBefore: before, painAfter: after })
  t('heat', '2026-03-01T08:00', 7, 4)
  t('heat', '2026-03-02T23:59', 6, 3)
  t('heat', '2026-03-02T10:00', 5, 4)
  t('heat', '2026-03-03T00:00', 5, 4)
  t('heat', '2026-03-07T12:00', 4, 4)
  t('heat', '2026-03-07T18:00', 4, null)
  t('heat', '2026-03-08T09:00', 4, 3)
  t('heat', '2026-03-10T09:00', 4, 4)
  t('heat', '2026-03-12T09:00', 3, 3)
  t('heat', '2026-03-20T10:00', 3, 1)
  t('ice', '2026-03-01T12:00', 7, 6)
  t('ice', '2026-03-02T09:00', 7, 4)
  t('ice', '2026-03-03T20:00', 6, 5)
  t('ice', '2026-03-04T00:00', 5, 5)
  t('ice', '2026-04-01T10:00', 6, 3)
  relinkEntries(db)
}

describe('what helps when', () => {
  it('splits treatments by episode phase with the Treatments page rule', () => {
    seedTreatments(diary.db)
    const { phases } = diary.insights('2026-03-01', '2026-04-30')
    const enough = (meanChange: number, meaningfulDrops: number) =>
      ({ status: 'enough_data', meanChange, meaningfulDrops }) as const
    const tooFew = { status: 'not_enough_data', minimumRated: 3 } as const
    expect(phases.map((p) => [p.kind, p.phase, p.sessions, p.ratedSessions, p.effect])).toEqual([
      ['heat', 'early', 3, 3, enough(7 / 3, 2)],
      ['heat', 'settling', 3, 2, tooFew],
      ['heat', 'later', 3, 3, enough(1 / 3, 0)],
      ['heat', 'outside', 1, 1, tooFew],
      ['ice', 'early', 3, 3, enough(7 / 3, 2)],
      ['ice', 'settling', 2, 2, tooFew],
    ])
  })

  it('compares heat with ice in the first 72 hours of episodes that used both', () => {
    seedTreatments(diary.db)
    const { heatVsIce } = diary.insights('2026-03-01', '2026-04-30')
    expect(heatVsIce).toEqual({
      episodes: 1,
      heat: {
        sessions: 4,
        ratedSessions: 4,
        effect: { status: 'enough_data', meanChange: 2, meaningfulDrops: 2 },
      },
      ice: {
        sessions: 3,
        ratedSessions: 3,
        effect: { status: 'enough_data', meanChange: 5 / 3, meaningfulDrops: 1 },
      },
    })
  })

  it('compares no phases, nor heat with ice, on 3 or 4 rated sessions a group', () => {
    seedTreatments(diary.db)
    const { strongest } = diary.insights('2026-03-01', '2026-04-30')
    // 2 of 3 against 0 of 3, and 2 of 4 against 1 of 3: under 5 rated sessions, no comparison.
    expect(strongest).toEqual([])
  })
})
