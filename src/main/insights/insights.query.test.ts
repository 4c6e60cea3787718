import { describe, expect, it } from 'vitest'
import { seedFactors, useInsightsDiary } from '../../../testing/insights-rows'
import { queryPlan } from '../../../testing/query-plans'
import { tenYearDiaryPerFile } from '../../../testing/ten-year-diary'
import { INSIGHT_FACTORS_SQL } from './factors.query'
import { INSIGHT_GAPS_SQL, INSIGHT_RECOVERY_DAYS_SQL, INSIGHT_RECOVERY_SQL } from './recovery.query'
import { INSIGHT_HEAT_ICE_SQL } from './treatments.query'
import { INSIGHT_EARLY_SIGNS_SQL } from './early-signs.query'
import { insightsQueryParams } from './insights.query'

const diary = useInsightsDiary()

describe('insights:get channel', () => {
  it('answers through dispatch with the contract shape, the range moved up to the first day', async () => {
    seedFactors(diary.db)
    const result = await diary.call('insights:get', { from: '1900-01-01', to: '2026-06-30' })
    expect(result).toMatchObject({ ok: true, value: { from: '2026-03-01', to: '2026-06-30' } })
  })

  it.each([
    ['from after to', { from: '2026-03-24', to: '2026-03-23' }],
    ['an impossible date', { from: '2026-02-30', to: '2026-03-23' }],
    ['an extra field', { from: '2026-03-01', to: '2026-03-23', ranked: true }],
    ['no range', undefined],
  ])('refuses %s', async (_name, input) => {
    const result = await diary.call('insights:get', input)
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })
})

describe('query plans at ten years', () => {
  const big = tenYearDiaryPerFile()
  const year = { from: '2025-11-25', to: '2026-11-24' }
  const all = { from: '2016-11-27', to: '2026-11-24' }
  const params = insightsQueryParams('2026-11-24', all, all.from)
  // Table aliases in the statements: checkins c, treatments t, episodes e, checklists l/d,
  // factors f. Check-ins, treatments and factor tables must be searched through an index or a
  // key, never scanned. Episodes (about 15 a year) may be scanned where every one of them could
  // overlap the range (as in Trends), but not where the range bounds their start. What helps
  // when reads its kept days in index order on purpose (migration 014's tests pin its plan).
  const queries = [
    ['factors', INSIGHT_FACTORS_SQL, 'ctefld'],
    ['recovery', INSIGHT_RECOVERY_SQL, 'e'],
    ['recovery days', INSIGHT_RECOVERY_DAYS_SQL, 'ce'],
    ['gaps', INSIGHT_GAPS_SQL, 'e'],
    ['heat vs ice', INSIGHT_HEAT_ICE_SQL, 'cte'],
    ['early signs', INSIGHT_EARLY_SIGNS_SQL, 'cte'],
  ] as const
  const cases = [
    ...queries.map(
      ([name, sql, aliases]) => [`${name} (a year)`, sql, aliases, year, false] as const,
    ),
    ...queries.map(
      ([name, sql, aliases]) => [`${name} (ten years)`, sql, aliases, all, false] as const,
    ),
    ...queries.map(
      ([name, sql, aliases]) => [`${name} (a year, ANALYZE)`, sql, aliases, year, true] as const,
    ),
  ]
  it.each(cases)('%s searches indexes', (_name, sql, aliases, range, analyze) => {
    if (analyze) big.db.exec('ANALYZE')
    const steps = queryPlan(big.db, sql, { ...params, ...range })
    const tableSteps = steps.filter((d) => new RegExp(`^(SCAN|SEARCH) [${aliases}]\\b`).test(d))
    expect(tableSteps.length, steps.join('\n')).toBeGreaterThan(0)
    for (const step of tableSteps) {
      expect(step, steps.join('\n')).toMatch(
        /^SEARCH [a-z] USING (COVERING INDEX|INDEX|PRIMARY KEY|INTEGER PRIMARY KEY) /,
      )
    }
  })
})
