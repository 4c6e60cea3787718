import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTempDiary, type TempDiary } from '../../../testing/temp-diary'
import { shiftIsoDate } from '../../shared/dates'
import type { Alert } from '../../shared/domain/alert'
import type { Episode, EpisodeDetail } from '../../shared/domain/episode'
import type { Report } from '../../shared/domain/report'

/*
 * The rules as a person meets them, through the channels the window calls: entries saved one by
 * one (so they link to their episode as in the app), then the episode view, Today's alerts and
 * the report read back. The pure rules have their own boundary tables; these check that the rows
 * reach them as the rules mean (one value per day, gaps skipped, regions kept apart).
 */

const TODAY = '2026-11-25'
const ago = (days: number) => shiftIsoDate(TODAY, -days)

let diary: TempDiary
beforeEach(() => {
  diary = openTempDiary({ now: () => new Date(`${TODAY}T20:00:00`) })
})
afterEach(() => diary.close())

const startEpisode = (startedOn: string, endedOn: string | null = null, region = 'lower') =>
  diary.ok<Episode>('episodes:start', { startedOn, endedOn, region, side: 'left' })
const checkin = (date: string, slot: string, pain: number) =>
  diary.ok('checkins:save', { date, slot, pain, stiffness: 3, spasmFrequency: 0 })

const NOT_EASING = 'Pain not easing after a week — call your healthcare provider'

describe('not easing after a week, with gaps and several entries a day', () => {
  // An episode on day 10 today. Entries: [days ago, slot, pain]; a day's value is its mean.
  type Entry = [number, 'morning' | 'evening' | 'other', number]
  it.each<[string, Entry[], string, [number, number, number] | null]>([
    [
      'n = 1: one day, three entries',
      [
        [5, 'morning', 7],
        [5, 'evening', 8],
        [5, 'other', 9],
      ],
      'not_enough_checkins',
      null,
    ],
    [
      'n = 2: day 1 pain 8, day 10 pain 3',
      [
        [9, 'morning', 8],
        [0, 'morning', 3],
      ],
      'eased',
      [1, 8, 3],
    ],
    [
      'n = 2: the same pain on the first and last day',
      [
        [9, 'morning', 5],
        [0, 'evening', 5],
      ],
      'not_easing',
      [1, 5, 5],
    ],
    [
      'n = 3: a flare-up day averages with its morning (4 and 8 → 6)',
      [
        [9, 'morning', 5],
        [6, 'morning', 2],
        [2, 'morning', 4],
        [2, 'other', 8],
      ],
      'not_easing',
      [1, 5, 6],
    ],
    [
      'n = 4: k = 2, a pain-free day counts as a day; 3 → 2.5 is no meaningful change',
      [
        [9, 'morning', 6],
        [8, 'morning', 0],
        [3, 'morning', 2],
        [1, 'morning', 3],
      ],
      'no_meaningful_change',
      [2, 3, 2.5],
    ],
    [
      'n = 6: k = 3, windows never overlap',
      [
        [9, 'morning', 9],
        [8, 'morning', 9],
        [7, 'morning', 9],
        [4, 'morning', 2],
        [2, 'morning', 2],
        [0, 'morning', 9],
      ],
      'eased',
      [3, 9, 13 / 3],
    ],
    [
      'n = 7: k = 3, the middle day is in neither window',
      [
        [9, 'morning', 3],
        [8, 'morning', 3],
        [7, 'morning', 3],
        [5, 'morning', 0],
        [3, 'morning', 3],
        [1, 'morning', 3],
        [0, 'morning', 3],
      ],
      'no_meaningful_change',
      [3, 3, 3],
    ],
  ])('%s', async (_name, entries, status, trend) => {
    // Pain from before the episode started must not count.
    await checkin(ago(12), 'morning', 10)
    const episode = await startEpisode(ago(9))
    for (const [days, slot, pain] of entries) await checkin(ago(days), slot, pain)

    const detail = await diary.ok<EpisodeDetail>('episodes:get', { id: episode.id })
    expect(detail.days).toBe(10)
    expect(detail.progress.status).toBe(status)
    if (trend) {
      expect(detail.progress).toMatchObject({
        windowDays: trend[0],
        firstMean: trend[1],
        lastMean: expect.closeTo(trend[2], 9) as number,
      })
    }
    const raised = status === 'not_easing'
    const alerts = await diary.ok<Alert[]>('alerts:list')
    expect(alerts.filter((a) => a.title === NOT_EASING).map((a) => a.tier)).toEqual(
      raised ? ['soon'] : [],
    )
    const report = await diary.ok<Report>('report:get', { from: ago(30), to: TODAY })
    expect(report.redFlags).toEqual([])
    expect(report.course[0]?.ongoing.some((f) => f.title === NOT_EASING)).toBe(raised)
    expect(report.episodes.rows[0]?.flags.includes('not_easing')).toBe(raised)
  })

  it('judges an episode on the check-ins dated inside it, even those linked to a newer one', async () => {
    const lower = await startEpisode(ago(9))
    await checkin(ago(9), 'morning', 6)
    await startEpisode(ago(3), null, 'mid')
    // These link to the newer (mid back) episode, but they are dated inside the lower one too.
    await checkin(ago(2), 'morning', 6)
    await checkin(ago(0), 'morning', 7)
    const detail = await diary.ok<EpisodeDetail>('episodes:get', { id: lower.id })
    expect(detail.progress).toMatchObject({ status: 'not_easing', days: 3, firstMean: 6 })
    const alerts = await diary.ok<Alert[]>('alerts:list')
    expect(alerts.filter((a) => a.title === NOT_EASING).map((a) => a.source.id)).toEqual([lower.id])
  })
})

describe('keeps coming back in the same place, with other regions in between', () => {
  const RECURRING = 'Keeps coming back in the same place'
  const flagsByStart = async () =>
    Object.fromEntries(
      (await diary.ok<Episode[]>('episodes:list', {})).map((e) => [
        `${e.region} ${e.startedOn}`,
        e.flags.map((f) => f.code),
      ]),
    )

  it('89 days apart in the lower back, upper and mid episodes between: flagged', async () => {
    await startEpisode(ago(89), ago(88))
    await startEpisode(ago(70), ago(69), 'upper')
    await startEpisode(ago(50), ago(49), 'mid')
    await startEpisode(ago(40), ago(39))
    await startEpisode(ago(20), ago(19), 'upper')
    await startEpisode(TODAY)
    expect(await flagsByStart()).toMatchObject({
      [`lower ${TODAY}`]: ['recurring'],
      [`upper ${ago(20)}`]: [],
      [`lower ${ago(40)}`]: [],
    })
    const alerts = await diary.ok<Alert[]>('alerts:list')
    expect(alerts.filter((a) => a.title === RECURRING).map((a) => a.reason)).toEqual([
      'The third lower back episode to start within 90 days: started 28 Aug, 16 Oct and 25 Nov 2026.',
    ])
  })

  it('90 days apart: not flagged, though three upper-back episodes lie between', async () => {
    await startEpisode(ago(90), ago(89))
    await startEpisode(ago(60), ago(59), 'upper')
    await startEpisode(ago(40), ago(39))
    await startEpisode(ago(30), ago(29), 'upper')
    await startEpisode(ago(10), ago(9), 'upper')
    await startEpisode(TODAY)
    const flags = await flagsByStart()
    expect(flags[`lower ${TODAY}`]).toEqual([])
    expect(flags[`upper ${ago(10)}`]).toEqual(['recurring'])
    // The upper run has ended: the report of the period tells it; Today raises nothing.
    expect((await diary.ok<Alert[]>('alerts:list')).map((a) => a.title)).toEqual([])
    const report = await diary.ok<Report>('report:get', { from: ago(90), to: TODAY })
    expect(report.redFlags).toEqual([])
    expect(report.course.map((c) => [c.region, c.recurrence])).toEqual([
      ['lower', null],
      ['upper', 'Upper back: 3 episodes in 3 months; 3 or more started within 90 days.'],
    ])
  })
})
