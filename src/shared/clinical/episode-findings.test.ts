import { describe, expect, it } from 'vitest'
import { episodeFindings, type EpisodeFacts } from './episode-findings'
import { shiftIsoDate } from '../dates'
import { compareFindings, type Finding } from './findings'

const TODAY = '2026-11-25'
const episode = (values: Partial<EpisodeFacts> = {}): EpisodeFacts => ({
  id: 4,
  startedOn: '2026-10-28',
  endedOn: null,
  region: 'lower',
  side: 'left',
  createdAt: '2026-10-28T07:00:00.000Z',
  ...values,
})

describe('episode findings: sentences built from the constants', () => {
  it('four weeks, ongoing, with the day it was reached', () => {
    const ep = episode()
    const [finding] = episodeFindings(ep, [], [ep], TODAY)
    expect(finding).toMatchObject({
      rule: 'over_four_weeks',
      tier: 'urgent',
      date: '2026-11-24',
      title: 'Longer than four weeks',
      ref: 'episode:4@2026-10-28T07:00:00.000Z',
      source: { kind: 'episode', id: 4 },
    })
    expect(finding?.sentence).toBe(
      'Lower back episode (left side) started 28 Oct 2026, ongoing: day 29 on 25 Nov ' +
        '2026; it reached 28 days on 24 Nov 2026.',
    )
  })

  it('two weeks, ended', () => {
    const ep = episode({ startedOn: '2026-11-01', endedOn: '2026-11-16', side: 'both' })
    const [finding] = episodeFindings(ep, [], [ep], TODAY)
    expect(finding?.sentence).toBe(
      'Lower back episode (both sides) 1 Nov 2026 to 16 Nov 2026, 16 days; it reached ' +
        '14 days on 14 Nov 2026.',
    )
  })

  it('not improving, with both means and k', () => {
    const ep = episode({ startedOn: '2026-11-17', region: 'mid', side: 'central' })
    const daily = [4, 5, 6, 6].map((meanPain, i) => ({
      date: shiftIsoDate('2026-11-17', i * 2),
      meanPain,
    }))
    const [finding] = episodeFindings(ep, daily, [ep], TODAY)
    expect(finding).toMatchObject({ rule: 'not_improving', tier: 'urgent', date: '2026-11-23' })
    expect(finding?.sentence).toBe(
      'Mid back episode (central) started 17 Nov 2026, ongoing: day 9 on 25 Nov 2026; ' +
        'mean pain over the last 2 days with check-ins 6.0/10, not lower than over the first ' +
        '2 days (4.5/10).',
    )
  })

  it('recurrence, naming every start', () => {
    const all = [
      episode({ id: 1, startedOn: '2026-09-01', endedOn: '2026-09-04' }),
      episode({ id: 2, startedOn: '2026-10-01', endedOn: '2026-10-03' }),
      episode({ id: 3, startedOn: '2026-11-20' }),
    ]
    const found = episodeFindings(all[2] as EpisodeFacts, [], all, TODAY)
    expect(found.map((f) => f.rule)).toEqual(['recurring'])
    expect(found[0]?.sentence).toBe(
      'The third lower back episode to start within 90 days: started 1 Sep, 1 Oct and 20 Nov 2026.',
    )
  })

  it('names the year of every start when a run crosses the new year', () => {
    const all = [
      episode({ id: 1, startedOn: '2026-11-20', endedOn: '2026-11-24' }),
      episode({ id: 2, startedOn: '2026-12-20', endedOn: '2026-12-22' }),
      episode({ id: 3, startedOn: '2027-01-10' }),
    ]
    expect(episodeFindings(all[2] as EpisodeFacts, [], all, '2027-01-12')[0]?.sentence).toBe(
      'The third lower back episode to start within 90 days: started 20 Nov 2026, 20 Dec 2026 ' +
        'and 10 Jan 2027.',
    )
  })
})

describe('compareFindings: strongest first', () => {
  const f = (rule: Finding['rule'], tier: Finding['tier'], date: string): Finding => ({
    rule,
    code: rule,
    tier,
    date,
    title: rule,
    sentence: rule,
    ref: 'x',
    source: { kind: 'setting', id: null },
  })

  it('orders by tier, then warning signs, health history, not improving, four weeks, two weeks, recurrence, then newest', () => {
    const list = [
      f('recurring', 'soon', '2026-11-20'),
      f('over_two_weeks', 'soon', '2026-11-21'),
      f('warning_sign', 'soon', '2026-11-01'),
      f('over_four_weeks', 'urgent', '2026-11-24'),
      f('not_improving', 'urgent', '2026-11-01'),
      f('health_history', 'urgent', '2026-11-02'),
      f('warning_sign', 'urgent', '2026-11-03'),
      f('warning_sign', 'urgent', '2026-11-05'),
      f('warning_sign', 'emergency', '2026-10-01'),
    ]
    expect(list.sort(compareFindings).map((x) => `${x.tier} ${x.rule} ${x.date}`)).toEqual([
      'emergency warning_sign 2026-10-01',
      'urgent warning_sign 2026-11-05',
      'urgent warning_sign 2026-11-03',
      'urgent health_history 2026-11-02',
      'urgent not_improving 2026-11-01',
      'urgent over_four_weeks 2026-11-24',
      'soon warning_sign 2026-11-01',
      'soon over_two_weeks 2026-11-21',
      'soon recurring 2026-11-20',
    ])
  })
})
