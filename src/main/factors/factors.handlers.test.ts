import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTempDiary, type TempDiary } from '../../../testing/temp-diary'
import { expectRefused } from '../../../testing/expect-refused'
import type { Checkin } from '../../shared/domain/checkin'
import type { Episode, EpisodeDetail } from '../../shared/domain/episode'

let diary: TempDiary
const NOW = new Date('2026-11-25T08:15:00Z')
beforeEach(() => {
  diary = openTempDiary({ now: () => NOW })
})
afterEach(() => diary.close())

const episode = { startedOn: '2026-11-20', region: 'lower', side: 'left' }
const evening = { date: '2026-11-24', slot: 'evening', pain: 3, stiffness: 3, spasmFrequency: 0 }

describe('factors before an onset, on the episode', () => {
  it('are saved with a new episode and read back on its detail, in catalogue order', async () => {
    const started = await diary.ok<Episode>('episodes:start', {
      ...episode,
      onsetFactors: {
        factors: ['other', 'poor_sleep', 'long_sitting'],
        otherNote: '  Moved house ',
      },
    })
    const detail = await diary.ok<EpisodeDetail>('episodes:get', { id: started.id })
    expect(detail.onsetFactors).toEqual({
      factors: ['long_sitting', 'poor_sleep', 'other'],
      otherNote: 'Moved house',
      answeredAt: NOW.toISOString(),
    })
  })

  it('tell "not answered" (null) from "answered, none of these" (empty)', async () => {
    const none = await diary.ok<Episode>('episodes:start', {
      ...episode,
      onsetFactors: { factors: [] },
    })
    const skipped = await diary.ok<Episode>('episodes:start', {
      ...episode,
      region: 'upper',
    })
    expect(
      (await diary.ok<EpisodeDetail>('episodes:get', { id: none.id })).onsetFactors,
    ).toMatchObject({
      factors: [],
      otherNote: '',
    })
    expect(
      (await diary.ok<EpisodeDetail>('episodes:get', { id: skipped.id })).onsetFactors,
    ).toBeNull()
  })

  it('can be edited later: replaced, kept when left out, cleared with null', async () => {
    const { id } = await diary.ok<Episode>('episodes:start', {
      ...episode,
      onsetFactors: { factors: ['heavy_lifting'] },
    })
    const factorsOf = async () =>
      (await diary.ok<EpisodeDetail>('episodes:get', { id })).onsetFactors?.factors ?? null
    await diary.ok('episodes:update', {
      id,
      ...episode,
      onsetFactors: { factors: ['high_stress'] },
    })
    expect(await factorsOf()).toEqual(['high_stress'])
    await diary.ok('episodes:update', { id, ...episode, notes: 'edited' })
    expect(await factorsOf()).toEqual(['high_stress'])
    await diary.ok('episodes:update', { id, ...episode, onsetFactors: null })
    expect(await factorsOf()).toBeNull()
    const count = diary.db.prepare('SELECT count(*) FROM onset_factors').pluck().get()
    expect(count).toBe(0)
  })

  it.each([
    ['an unknown factor', { factors: ['gardening'] }, 'onsetFactors.factors.0'],
    ['a factor twice', { factors: ['poor_sleep', 'poor_sleep'] }, 'onsetFactors.factors'],
    ['a note without "something else"', { factors: [], otherNote: 'x' }, 'onsetFactors.otherNote'],
    ['a note over 200 characters', { factors: ['other'], otherNote: 'x'.repeat(201) }, undefined],
    ['factors that are not a list', { factors: 'poor_sleep' }, 'onsetFactors.factors'],
    ['an extra field', { factors: [], why: 'no' }, undefined],
  ])('refuse %s and start nothing', async (_label, onsetFactors, path) => {
    await expectRefused(diary, 'episodes:start', { ...episode, onsetFactors }, { path })
  })

  it('refuse a bad edit and keep the episode and its factors as they were', async () => {
    const { id } = await diary.ok<Episode>('episodes:start', {
      ...episode,
      onsetFactors: { factors: ['long_drive'] },
    })
    await expectRefused(diary, 'episodes:update', {
      id,
      ...episode,
      onsetFactors: { factors: ['long_drive', 'nonsense'] },
    })
  })

  it('go with their episode when it is deleted', async () => {
    const { id } = await diary.ok<Episode>('episodes:start', {
      ...episode,
      onsetFactors: { factors: ['fall_or_blow'] },
    })
    await diary.ok('episodes:delete', { id })
    const left = diary.db
      .prepare(
        'SELECT (SELECT count(*) FROM onset_checklists) + (SELECT count(*) FROM onset_factors)',
      )
      .pluck()
      .get()
    expect(left).toBe(0)
  })
})

describe("today's factors, on the evening check-in", () => {
  it('are saved and listed with the entry; left out they stay, null clears them', async () => {
    const saved = await diary.ok<Checkin>('checkins:save', {
      ...evening,
      factors: ['long_drive', 'long_sitting'],
    })
    expect(saved.factors).toEqual(['long_sitting', 'long_drive'])
    const again = await diary.ok<Checkin>('checkins:save', { ...evening, pain: 5 })
    expect(again).toMatchObject({ id: saved.id, pain: 5, factors: ['long_sitting', 'long_drive'] })
    const none = await diary.ok<Checkin>('checkins:save', { ...evening, factors: [] })
    expect(none.factors).toEqual([])
    const cleared = await diary.ok<Checkin>('checkins:save', { ...evening, factors: null })
    expect(cleared.factors).toBeNull()
    const list = await diary.ok<Checkin[]>('checkins:list', {
      from: '2026-11-24',
      to: '2026-11-24',
    })
    expect(list.map((c) => c.factors)).toEqual([null])
  })

  it('are never on a morning or flare-up entry', async () => {
    const morning = await diary.ok<Checkin>('checkins:save', { ...evening, slot: 'morning' })
    expect(morning.factors).toBeNull()
    await expectRefused(
      diary,
      'checkins:save',
      { ...evening, slot: 'morning', factors: ['poor_sleep'] },
      { path: 'factors' },
    )
    await expectRefused(
      diary,
      'checkins:save',
      { ...evening, slot: 'other', factors: [] },
      { path: 'factors' },
    )
  })

  it('are dropped when an evening entry is edited into a flare-up', async () => {
    const saved = await diary.ok<Checkin>('checkins:save', { ...evening, factors: ['high_stress'] })
    const moved = await diary.ok<Checkin>('checkins:save', {
      ...evening,
      id: saved.id,
      slot: 'other',
    })
    expect(moved).toMatchObject({ slot: 'other', factors: null })
    expect(diary.db.prepare('SELECT count(*) FROM day_checklists').pluck().get()).toBe(0)
  })

  it('refuse unknown or repeated factors and leave the diary unchanged', async () => {
    await diary.ok('checkins:save', { ...evening, factors: ['poor_sleep'] })
    await expectRefused(diary, 'checkins:save', { ...evening, factors: ['naps'] })
    await expectRefused(diary, 'checkins:save', {
      ...evening,
      factors: ['poor_sleep', 'poor_sleep'],
    })
    await expectRefused(diary, 'checkins:save', { ...evening, factors: 'poor_sleep' })
  })

  it('go with their check-in when it is deleted', async () => {
    const saved = await diary.ok<Checkin>('checkins:save', { ...evening, factors: ['poor_sleep'] })
    await diary.ok('checkins:delete', { id: saved.id })
    expect(diary.db.prepare('SELECT count(*) FROM day_factors').pluck().get()).toBe(0)
  })
})

describe('asking for today’s factors, remembered in settings', () => {
  it('is off until turned on, then stays on', async () => {
    expect(await diary.ok<{ eveningFactors: boolean }>('settings:get')).toMatchObject({
      eveningFactors: false,
    })
    await diary.ok('settings:save', { eveningFactors: true })
    expect(await diary.ok<{ eveningFactors: boolean }>('settings:get')).toMatchObject({
      eveningFactors: true,
    })
  })

  it('refuses anything but on or off', async () => {
    await expectRefused(
      diary,
      'settings:save',
      { eveningFactors: 'yes' },
      { path: 'eveningFactors' },
    )
  })
})
