import { describe, expect, it } from 'vitest'
import { shiftIsoDate } from '../dates'
import type { DateWindow } from './findings'
import { healthHistoryFindings, type PainCheckin } from './health-history-rule'
import type { HealthHistory } from './symptoms'
import { BACK_PAIN_MIN, RECENT_DAYS } from './thresholds'

const TODAY = '2026-11-25'
const recent: DateWindow = { from: shiftIsoDate(TODAY, -(RECENT_DAYS - 1)), to: TODAY }
const none: HealthHistory = { historyOfCancer: 'no', longTermSteroids: 'no', ivDrugUse: 'no' }
const cancer: HealthHistory = { ...none, historyOfCancer: 'yes' }

let nextId = 1
function checkin(ago: number, pain: number, slot: PainCheckin['slot'] = 'morning'): PainCheckin {
  const id = nextId++
  const date = shiftIsoDate(TODAY, -ago)
  return {
    checkinId: id,
    createdAt: `c${id}`,
    date,
    slot,
    recordedAt: `${date}T08:00`,
    pain,
    episodeId: null,
    episodeCreatedAt: null,
  }
}

describe('health history holds while any check-in of the window had pain ≥ 1', () => {
  it('uses the design’s numbers', () => {
    expect([BACK_PAIN_MIN, RECENT_DAYS]).toEqual([1, 14])
  })

  it.each([
    // answers, check-ins as [days ago, pain], raised?
    ['cancer, no check-ins', cancer, [], false],
    ['cancer, pain 0 today', cancer, [[0, 0]], false],
    ['cancer, pain 1 today', cancer, [[0, 1]], true],
    ['cancer, pain 6 thirteen days ago', cancer, [[13, 6]], true],
    ['cancer, pain 6 fourteen days ago', cancer, [[14, 6]], false],
    [
      'cancer, pain 5 yesterday and pain 0 this morning',
      cancer,
      [
        [1, 5],
        [0, 0],
      ],
      true,
    ],
    [
      'cancer, pain 0 every day',
      cancer,
      [
        [3, 0],
        [2, 0],
        [0, 0],
      ],
      false,
    ],
    ['no answers, pain 9', none, [[0, 9]], false],
    [
      'unanswered, pain 9',
      { historyOfCancer: 'unanswered', longTermSteroids: 'unanswered', ivDrugUse: 'unanswered' },
      [[0, 9]],
      false,
    ],
  ] as const)('%s → %s', (_label, history, points, raised) => {
    const rows = points.map(([ago, pain]) => checkin(ago, pain))
    expect(healthHistoryFindings(history, rows, recent).length > 0).toBe(raised)
  })

  it('raises one urgent finding per "yes", dated on the latest check-in with pain', () => {
    const rows = [checkin(5, 4), checkin(2, 6, 'evening'), checkin(0, 0)]
    const all: HealthHistory = { historyOfCancer: 'yes', longTermSteroids: 'yes', ivDrugUse: 'yes' }
    const found = healthHistoryFindings(all, rows, recent)
    expect(found.map((f) => [f.code, f.tier, f.date])).toEqual([
      ['historyOfCancer', 'urgent', '2026-11-23'],
      ['longTermSteroids', 'urgent', '2026-11-23'],
      ['ivDrugUse', 'urgent', '2026-11-23'],
    ])
    expect(found[0]?.sentence).toBe(
      'Back pain recorded on 2 days, most recently 6/10 on the evening check-in of 23 Nov ' +
        '2026, together with the health-history answer: a history of cancer.',
    )
    expect(found[0]?.ref).toBe(`checkin:${rows[1]?.checkinId}@${rows[1]?.createdAt}`)
  })

  it('follows the episode of that check-in, so one acknowledgement covers the episode', () => {
    const row = { ...checkin(1, 3), episodeId: 7, episodeCreatedAt: 'e7' }
    const [finding] = healthHistoryFindings(cancer, [row], recent)
    expect(finding?.ref).toBe('episode:7@e7')
    expect(finding?.sentence).toMatch(/^Back pain of 3\/10 recorded on the morning check-in of/)
  })

  it('asks the report’s question over its period', () => {
    const rows = [checkin(40, 2), checkin(0, 0)]
    const period: DateWindow = { from: shiftIsoDate(TODAY, -60), to: TODAY }
    expect(healthHistoryFindings(cancer, rows, period).map((f) => f.date)).toEqual([
      shiftIsoDate(TODAY, -40),
    ])
  })
})
