import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTempDiary, type TempDiary } from '../../../testing/temp-diary'
import { seedSyntheticDiary } from '../../../testing/synthetic-diary'
import { shiftIsoDate } from '../../shared/dates'
import { RECENT_DAYS } from '../../shared/clinical/thresholds'
import type { Alert } from '../../shared/domain/alert'
import type { Episode } from '../../shared/domain/episode'
import type { Report } from '../../shared/domain/report'

/*
 * The alerts, the episode view and the report run the same rules (src/shared/clinical) over the
 * same rows: on the same diary, the report of the last 14 days must say exactly what the alerts
 * say today, word for word: warning signs and health history as its red flags, course flags of
 * ongoing episodes in its Course section (recurrence once per region), and episodes:list the same
 * flag codes. Each fixture also names what must be raised, so agreeing on nothing cannot pass.
 * (The fixtures keep ended episodes and old emergency signs out of the window: there the two
 * differ by design — the report tells an ended episode's history, alerts do not.)
 */

const TODAY = '2026-11-25'
const ago = (days: number) => shiftIsoDate(TODAY, -days)
/** Day `day` of an episode ongoing today started on this date. */
const startedForDay = (day: number) => ago(day - 1)

let diary: TempDiary
beforeEach(() => {
  diary = openTempDiary({ now: () => new Date(`${TODAY}T20:00:00`) })
})
afterEach(() => diary.close())

const checkin = (date: string, pain: number, extra: Record<string, unknown> = {}) =>
  diary.ok('checkins:save', {
    date,
    slot: 'morning',
    pain,
    stiffness: 3,
    spasmFrequency: 0,
    ...extra,
  })
const episode = (startedOn: string, endedOn: string | null = null, region = 'lower') =>
  diary.ok('episodes:start', { startedOn, endedOn, region, side: 'left' })
const history = (historyOfCancer: 'yes' | 'no') =>
  diary.ok('settings:save', {
    healthHistory: { historyOfCancer, longTermSteroids: 'no', ivDrugUse: 'no' },
  })

type Fixture = [string, () => Promise<unknown>, [string, string, string][]]

const fixtures: Fixture[] = [
  ['an empty diary', async () => {}, []],
  [
    'warning signs of three tiers, one ticked on two days',
    async () => {
      await checkin(ago(2), 4, { symptoms: ['saddle_numbness'] })
      await checkin(ago(13), 4, { symptoms: ['fever', 'sharp_stabbing_pain'] })
      await checkin(ago(1), 4, { symptoms: ['sharp_stabbing_pain'] })
      await checkin(ago(14), 4, { symptoms: ['pain_in_new_area'] }) // one day too old
    },
    [
      ['warning_sign', 'emergency', ago(2)],
      ['warning_sign', 'urgent', ago(13)],
      ['warning_sign', 'soon', ago(1)],
    ],
  ],
  [
    'health history with pain yesterday and a pain-free morning today',
    async () => {
      await history('yes')
      await checkin(ago(1), 5)
      await checkin(TODAY, 0)
    },
    [['health_history', 'urgent', ago(1)]],
  ],
  [
    'health history with pain 13 days ago only',
    async () => {
      await history('yes')
      await checkin(ago(13), 2)
    },
    [['health_history', 'urgent', ago(13)]],
  ],
  [
    'health history with pain 14 days ago only',
    async () => {
      await history('yes')
      await checkin(ago(RECENT_DAYS), 7)
    },
    [],
  ],
  [
    'health history answered "no", with pain',
    async () => {
      await history('no')
      await checkin(TODAY, 7)
    },
    [],
  ],
  [
    'day 7: pain 0 every day (nothing to ease, nothing raised)',
    async () => {
      await episode(startedForDay(7))
      for (let day = 7; day >= 1; day -= 1) await checkin(startedForDay(day), 0)
    },
    [],
  ],
  [
    'day 8: 3, 3, 3, 4, 4, 3, 4, 4 (no meaningful change, recent mean 3.7)',
    async () => {
      await episode(startedForDay(8))
      for (const [i, pain] of [3, 3, 3, 4, 4, 3, 4, 4].entries()) {
        await checkin(startedForDay(8 - i), pain)
      }
    },
    [],
  ],
  [
    'day 7: pain 8 on day 1 and 8 on day 7 (not easing)',
    async () => {
      await episode(startedForDay(7))
      await checkin(startedForDay(7), 8)
      await checkin(TODAY, 8)
    },
    [['not_easing', 'soon', TODAY]],
  ],
  [
    'day 7: pain 8 on day 1 and 3 on day 7 (improving)',
    async () => {
      await episode(startedForDay(7))
      await checkin(startedForDay(7), 8)
      await checkin(TODAY, 3)
    },
    [],
  ],
  [
    'day 7 with a single check-in (not enough to tell)',
    async () => {
      await episode(startedForDay(7))
      await checkin(TODAY, 9)
    },
    [],
  ],
  [
    'day 6, pain rising',
    async () => {
      await episode(startedForDay(6))
      await checkin(startedForDay(6), 2)
      await checkin(TODAY, 9)
    },
    [],
  ],
  ['day 13', () => episode(startedForDay(13)), []],
  ['day 14', () => episode(startedForDay(14)), [['over_two_weeks', 'soon', TODAY]]],
  ['day 27', () => episode(startedForDay(27)), [['over_two_weeks', 'soon', ago(13)]]],
  ['day 28', () => episode(startedForDay(28)), [['over_four_weeks', 'soon', TODAY]]],
  [
    'recurrence: first and third start 89 days apart',
    async () => {
      await episode(ago(90), ago(88))
      await episode(ago(40), ago(38))
      await episode(ago(1))
    },
    [['recurring', 'soon', ago(1)]],
  ],
  [
    'recurrence: first and third start 90 days apart',
    async () => {
      await episode(ago(91), ago(88))
      await episode(ago(40), ago(38))
      await episode(ago(1))
    },
    [],
  ],
  [
    'recurrence in another region does not count',
    async () => {
      await episode(ago(60), ago(58))
      await episode(ago(40), ago(38), 'upper')
      await episode(ago(1))
    },
    [],
  ],
  [
    'everything at once, strongest first',
    async () => {
      await history('yes')
      await episode(ago(80), ago(79))
      await episode(ago(50), ago(49))
      await episode(startedForDay(28))
      await checkin(startedForDay(28), 3)
      await checkin(ago(3), 6, { symptoms: ['sharp_stabbing_pain', 'unable_to_stand_or_walk'] })
      await checkin(TODAY, 6)
    },
    [
      ['warning_sign', 'urgent', ago(3)],
      ['health_history', 'urgent', TODAY],
      ['warning_sign', 'soon', ago(3)],
      ['not_easing', 'soon', TODAY],
      ['over_four_weeks', 'soon', TODAY],
      ['recurring', 'soon', startedForDay(28)],
    ],
  ],
]

/** The rule behind an alert, from its key (`symptom:…`, `history:…`, `episode:…:<code>`). */
function ruleOf(a: Alert): string {
  if (a.key.startsWith('symptom:')) return 'warning_sign'
  if (a.key.startsWith('history:')) return 'health_history'
  return a.key.slice(a.key.lastIndexOf(':') + 1)
}

describe('alerts:list, episodes:list and report:get say the same on the same diary', () => {
  it.each(fixtures)('%s', async (_name, seed, expected) => {
    await seed()
    const alerts = await diary.ok<Alert[]>('alerts:list')
    const report = await diary.ok<Report>('report:get', { from: ago(RECENT_DAYS - 1), to: TODAY })
    const episodes = await diary.ok<Episode[]>('episodes:list', { ongoing: true })
    expect(alerts.map((a) => [ruleOf(a), a.tier, a.recordedOn])).toEqual(expected)

    const signs = alerts.filter((a) => a.source.kind !== 'episode')
    expect(signs.map((a) => [a.tier, a.recordedOn, a.title, a.reason])).toEqual(
      report.redFlags.map((f) => [f.tier, f.date, f.title, f.text]),
    )
    // Course flags are never red flags, and never more than "soon".
    const course = alerts.filter((a) => a.source.kind === 'episode')
    for (const a of course) expect(a.tier).toBe('soon')
    const ongoing = course.filter((a) => ruleOf(a) !== 'recurring')
    expect(ongoing.map((a) => [a.recordedOn, a.title, a.reason])).toEqual(
      report.course.flatMap((c) => c.ongoing.map((f) => [f.date, f.title, f.text])),
    )
    expect(course.some((a) => ruleOf(a) === 'recurring')).toBe(
      report.course.some((c) => c.recurrence !== null),
    )
    expect(course.map((a) => ruleOf(a)).sort()).toEqual(
      episodes.flatMap((e) => e.flags.map((f) => f.code)).sort(),
    )
  })
})

describe('a year of a synthetic diary', () => {
  it('prints warning signs and health history only among the red flags; the course apart', async () => {
    seedSyntheticDiary(diary.db, { to: TODAY, days: 365 })
    await history('yes')
    const report = await diary.ok<Report>('report:get', { from: ago(364), to: TODAY })
    for (const f of report.redFlags) {
      expect(['warning_sign', 'health_history']).toContain(f.rule)
      expect(f.title).not.toMatch(/coming back|longer than|not easing|not improving/i)
    }
    expect(report.redFlags.length).toBeGreaterThan(0)
    // Recurrence once per region, and the episodes all counted in the Course section.
    const recurrences = report.course.filter((c) => c.recurrence !== null)
    expect(recurrences.length).toBeGreaterThan(0)
    expect(report.course.reduce((n, c) => n + c.episodes, 0)).toBe(report.episodes.count)
    for (const c of report.course) {
      for (const f of c.ongoing) expect(f.title).not.toMatch(/^Urgent|^Emergency/)
    }
  })
})
