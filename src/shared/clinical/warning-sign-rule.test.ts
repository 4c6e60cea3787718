import { describe, expect, it } from 'vitest'
import { shiftIsoDate } from '../dates'
import type { DateWindow } from './findings'
import type { Tier } from './symptoms'
import { RECENT_DAYS } from './thresholds'
import { warningSignFindings, type SymptomTick } from './warning-sign-rule'

const TODAY = '2026-11-25'
let nextId = 1
function tick(
  code: string,
  date: string,
  slot: SymptomTick['slot'] = 'morning',
  side: SymptomTick['side'] = null,
): SymptomTick {
  const id = nextId++
  return { code, side, checkinId: id, createdAt: `c${id}`, date, slot, recordedAt: `${date}T08:00` }
}
const recent: DateWindow = { from: shiftIsoDate(TODAY, -(RECENT_DAYS - 1)), to: TODAY }
/** The alerts' windows: emergency signs at any age, the others for the last 14 days. */
const alertWindow = (tier: Tier): DateWindow =>
  tier === 'emergency' ? { from: null, to: TODAY } : recent

describe('warning signs: one finding per sign in its tier’s window', () => {
  it.each([
    // code, days before today, found by the alerts' windows?
    ['fever', 0, true],
    ['fever', 13, true],
    ['fever', 14, false],
    ['pain_in_new_area', 13, true],
    ['pain_in_new_area', 14, false],
    ['saddle_numbness', 14, true],
    ['saddle_numbness', 400, true],
    ['fever', -1, false], // after the window's end
    ['not_a_known_sign', 0, false],
  ] as const)('%s ticked %i days ago → %s', (code, ago, found) => {
    const found_ = warningSignFindings([tick(code, shiftIsoDate(TODAY, -ago))], alertWindow)
    expect(found_.length).toBe(found ? 1 : 0)
  })

  it('counts the days a sign was ticked and dates it on the latest check-in', () => {
    const ticks = [
      tick('sharp_stabbing_pain', '2026-11-20', 'evening'),
      tick('sharp_stabbing_pain', '2026-11-22', 'morning'),
      tick('sharp_stabbing_pain', '2026-11-22', 'evening'),
      tick('sharp_stabbing_pain', '2026-11-02'), // outside the window: not counted
    ]
    const [finding, ...rest] = warningSignFindings(ticks, alertWindow)
    expect(rest).toEqual([])
    expect(finding).toMatchObject({
      rule: 'warning_sign',
      code: 'sharp_stabbing_pain',
      tier: 'soon',
      date: '2026-11-22',
      title: 'Sharp, stabbing pain',
      ref: `checkin:${ticks[2]?.checkinId}@${ticks[2]?.createdAt}`,
      source: { kind: 'checkin', id: ticks[2]?.checkinId },
    })
    expect(finding?.sentence).toBe(
      'Warning sign ticked on 2 days from 20 Nov 2026, last on the evening check-in of ' +
        '22 Nov 2026.',
    )
  })

  it('says which entry when ticked once', () => {
    const [finding] = warningSignFindings([tick('fever', '2026-11-24', 'other')], alertWindow)
    expect(finding?.sentence).toBe('Warning sign ticked on a flare-up entry of 24 Nov 2026.')
  })
})

describe('warning signs about a leg say which leg', () => {
  const everything: DateWindow = { from: null, to: TODAY }

  it('names the side in the title, and an old tick without one as not recorded', () => {
    const [left] = warningSignFindings(
      [tick('one_leg_weakness', TODAY, 'morning', 'left')],
      () => everything,
    )
    expect(left?.title).toBe('Weakness in one leg (left leg)')
    expect(left?.sentence).not.toContain('Recorded as')
    const [old] = warningSignFindings([tick('pain_below_knee_one_leg', TODAY)], () => everything)
    expect(old?.title).toBe('Pain travelling down one leg below the knee (side not recorded)')
    const [both] = warningSignFindings(
      [tick('worsening_leg_weakness', TODAY, 'evening', 'both')],
      () => everything,
    )
    expect(both?.title).toBe('Leg weakness that is getting worse (both legs)')
  })

  it('says every side recorded when they differ, newest first, and keeps one finding', () => {
    const found = warningSignFindings(
      [
        tick('one_leg_numbness_tingling', shiftIsoDate(TODAY, -2), 'morning', 'right'),
        tick('one_leg_numbness_tingling', TODAY, 'morning', 'left'),
      ],
      () => everything,
    )
    expect(found).toHaveLength(1)
    expect(found[0]?.title).toBe('Numbness or tingling in one leg (left leg)')
    expect(found[0]?.sentence).toContain('Recorded as left leg, then right leg (newest first).')
  })

  it('adds nothing to a sign that is not about a leg', () => {
    const [fever] = warningSignFindings([tick('sharp_stabbing_pain', TODAY)], () => everything)
    expect(fever?.title).toBe('Sharp, stabbing pain')
  })
})
