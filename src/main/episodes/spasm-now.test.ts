import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTempDiary, type TempDiary } from '../../../testing/temp-diary'
import { expectRefused } from '../../../testing/expect-refused'
import type { SpasmNowResult } from '../../shared/domain/episode'

let diary: TempDiary
// 08:15 UTC on 25 Nov: the 25th in every zone from UTC−8 to UTC+14, where tests run.
const NOW = new Date('2026-11-25T08:15:00Z')
beforeEach(() => {
  diary = openTempDiary({ now: () => NOW })
})
afterEach(() => diary.close())

const spasm = {
  region: 'lower',
  side: 'left',
  startedOn: '2026-11-25',
  pain: 7,
  stiffness: 6,
  spasmFrequency: 2,
  spasmSeverity: 3,
}

async function ok(input: unknown): Promise<SpasmNowResult> {
  const result = await diary.call('episodes:spasmNow', input)
  if (!result.ok) throw new Error(result.error.message)
  return result.value as SpasmNowResult
}

const count = (table: string) =>
  (diary.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n

describe('episodes:spasmNow', () => {
  it('starts an episode and records pain now as a flare-up check-in linked to it', async () => {
    const { episode, checkin, continued } = await ok({
      ...spasm,
      symptoms: ['sharp_stabbing_pain'],
    })
    expect(continued).toBe(false)
    expect(episode).toMatchObject({ region: 'lower', side: 'left', startedOn: '2026-11-25' })
    expect(episode.checkinCount).toBe(1)
    expect(checkin).toMatchObject({
      date: '2026-11-25',
      slot: 'other',
      pain: 7,
      stiffness: 6,
      spasmFrequency: 2,
      spasmSeverity: 3,
      episodeId: episode.id,
      symptoms: ['sharp_stabbing_pain'],
    })
  })

  it('continues the episode going on in that region, keeping its start and side', async () => {
    const first = await ok({ ...spasm, startedOn: '2026-11-23' })
    const again = await ok({ ...spasm, side: 'right', startedOn: '2026-11-25', pain: 4 })
    expect(again.continued).toBe(true)
    expect(again.episode).toMatchObject({ id: first.episode.id, side: 'left', days: 3 })
    expect(again.episode.checkinCount).toBe(2)
    expect(count('episodes')).toBe(1)
  })

  it('starts a second episode in another region', async () => {
    const lower = await ok(spasm)
    const upper = await ok({ ...spasm, region: 'upper' })
    expect(upper.continued).toBe(false)
    expect(upper.episode.id).not.toBe(lower.episode.id)
  })

  it.each([
    ['no region', { region: undefined }, 'region'],
    ['pain above 10', { pain: 11 }, 'pain'],
    ['no spasms', { spasmFrequency: 0 }, 'spasmFrequency'],
    ['no severity', { spasmSeverity: undefined }, 'spasmSeverity'],
    ['an unknown warning sign', { symptoms: ['made_up'] }, 'symptoms.0'],
  ])('refuses %s and writes nothing', async (_, change, path) => {
    await expectRefused(diary, 'episodes:spasmNow', { ...spasm, ...change }, { path })
    expect(count('episodes')).toBe(0)
    expect(count('checkins')).toBe(0)
  })

  it('refuses a start in the future and writes nothing, not even the check-in', async () => {
    await expectRefused(
      diary,
      'episodes:spasmNow',
      { ...spasm, startedOn: '2026-11-27' },
      {
        path: 'startedOn',
      },
    )
    expect(count('episodes')).toBe(0)
    expect(count('checkins')).toBe(0)
  })

  it('records which leg a one-leg sign is about, and says it in the alert', async () => {
    const { checkin } = await ok({
      ...spasm,
      symptoms: ['one_leg_weakness'],
      legSides: { one_leg_weakness: 'right' },
    })
    expect(checkin.legSides).toEqual({ one_leg_weakness: 'right' })
    const alerts = await diary.ok<{ title: string }[]>('alerts:list')
    expect(alerts.map((a) => a.title).join('\n')).toMatch(/right leg/)
  })

  it('refuses a leg for a sign that is not ticked and writes nothing', async () => {
    await expectRefused(
      diary,
      'episodes:spasmNow',
      { ...spasm, symptoms: [], legSides: { one_leg_weakness: 'left' } },
      { path: 'legSides.one_leg_weakness' },
    )
    expect(count('episodes')).toBe(0)
    expect(count('checkins')).toBe(0)
  })
})
