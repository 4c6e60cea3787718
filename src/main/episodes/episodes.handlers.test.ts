import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTempDiary, type TempDiary } from '../../../testing/temp-diary'
import { expectRefused as refused } from '../../../testing/expect-refused'
import type { ErrorCode } from '../../shared/errors'

let diary: TempDiary
// 08:15 UTC on 25 Nov: the 25th in every zone from UTC−8 to UTC+14, where tests run.
const NOW = new Date('2026-11-25T08:15:00Z')
beforeEach(() => {
  diary = openTempDiary({ now: () => NOW })
})
afterEach(() => diary.close())

const lower = {
  startedOn: '2026-11-20',
  region: 'lower',
  side: 'left',
  trigger: 'lifting',
  triggerNote: 'Moving boxes',
  notes: 'Sharp on the left',
}

type Row = Record<string, unknown>

/** Refused with `code` (naming `path`), nothing written; answers the message. */
const expectRefused = (
  channel: string,
  input: unknown,
  code: string = 'invalid_input',
  path?: string,
) => refused(diary, channel, input, { code: code as ErrorCode, path })

function checkin(date: string, pain: number, slot = 'morning') {
  return diary.ok<{ id: number; episodeId: number | null }>('checkins:save', {
    date,
    slot,
    pain,
    stiffness: 3,
    spasmFrequency: 0,
  })
}

function treatment(startedAt: string) {
  const now = NOW.toISOString()
  return Number(
    diary.db
      .prepare(
        `INSERT INTO treatments (kind, started_at, created_at, updated_at)
         VALUES ('heat', ?, ?, ?)`,
      )
      .run(startedAt, now, now).lastInsertRowid,
  )
}

function links(table: 'checkins' | 'treatments') {
  return diary.db.prepare(`SELECT id, episode_id AS episodeId FROM ${table} ORDER BY id`).all() as {
    id: number
    episodeId: number | null
  }[]
}

describe('episodes:start', () => {
  it('starts an ongoing episode and answers with its day count and flags', async () => {
    expect(await diary.ok<Row>('episodes:start', lower)).toMatchObject({
      id: 1,
      ...lower,
      endedOn: null,
      days: 6,
      flags: [],
      checkinCount: 0,
    })
  })

  it('fills defaults and logs a past, ended episode', async () => {
    const past = { startedOn: '2026-10-01', endedOn: '2026-10-20', region: 'upper', side: 'both' }
    expect(await diary.ok<Row>('episodes:start', past)).toMatchObject({
      ...past,
      trigger: 'unknown',
      triggerNote: '',
      notes: '',
      days: 20,
      flags: [{ code: 'over_two_weeks', tier: 'soon' }],
    })
  })

  it.each([
    ['a region as a number (wrong type)', { ...lower, region: 1 }, 'region'],
    ['an unknown region', { ...lower, region: 'neck' }, 'region'],
    ['an unknown side', { ...lower, side: 'middle' }, 'side'],
    ['an unknown trigger', { ...lower, trigger: 'sneezing' }, 'trigger'],
    ['an impossible date (out of range)', { ...lower, startedOn: '2026-02-30' }, 'startedOn'],
    ['no start date (missing field)', { ...lower, startedOn: undefined }, 'startedOn'],
    ['no region (missing field)', { ...lower, region: undefined }, 'region'],
    ['an end before the start', { ...lower, endedOn: '2026-11-19' }, 'endedOn'],
    ['a trigger note of 201 characters', { ...lower, triggerNote: 'x'.repeat(201) }, 'triggerNote'],
    ['an extra field', { ...lower, id: 4 }, ''],
    ['a start in the future', { ...lower, startedOn: '2026-11-26' }, 'startedOn'],
    [
      'an end in the future',
      { ...lower, startedOn: '2026-11-01', endedOn: '2026-12-01' },
      'endedOn',
    ],
  ])('refuses %s and writes nothing', async (_label, input, path) => {
    await diary.ok<Row>('episodes:start', { ...lower, region: 'upper' })
    await expectRefused('episodes:start', input, 'invalid_input', path || undefined)
  })

  it('refuses a second ongoing episode in one region with a clear message', async () => {
    await diary.ok<Row>('episodes:start', lower)
    const message = await expectRefused(
      'episodes:start',
      { ...lower, startedOn: '2026-11-24', side: 'right' },
      'conflict',
      'region',
    )
    expect(message).toMatch(/already an ongoing lower back episode, started Fri, 20 Nov 2026/)
  })

  it('allows an ongoing episode in another region and an ended one in the same region', async () => {
    await diary.ok<Row>('episodes:start', lower)
    await diary.ok<Row>('episodes:start', { ...lower, region: 'upper' })
    await diary.ok<Row>('episodes:start', {
      ...lower,
      startedOn: '2026-10-01',
      endedOn: '2026-10-03',
    })
    expect(await diary.ok<unknown[]>('episodes:list')).toHaveLength(3)
  })
})

describe('linking check-ins and treatments to the episode covering them', () => {
  it('links existing entries when an episode starts, and new check-ins on save', async () => {
    const before = await checkin('2026-11-19', 2)
    const during = await checkin('2026-11-21', 6)
    const tBefore = treatment('2026-11-19T20:00')
    const tDuring = treatment('2026-11-22T08:30')
    expect(during.episodeId).toBeNull()
    const episode = await diary.ok<{ id: number; checkinCount: number }>('episodes:start', lower)
    expect(episode.checkinCount).toBe(1)
    expect(links('checkins')).toEqual([
      { id: before.id, episodeId: null },
      { id: during.id, episodeId: episode.id },
    ])
    expect(links('treatments')).toEqual([
      { id: tBefore, episodeId: null },
      { id: tDuring, episodeId: episode.id },
    ])
    expect((await checkin('2026-11-25', 5)).episodeId).toBe(episode.id)
    // Moving a check-in out of the episode's dates unlinks it.
    const moved = await diary.ok<{ episodeId: number | null }>('checkins:save', {
      id: during.id,
      date: '2026-11-10',
      slot: 'morning',
      pain: 6,
      stiffness: 3,
      spasmFrequency: 0,
    })
    expect(moved.episodeId).toBeNull()
  })

  it('relinks when the dates are edited, the episode ended, reopened or deleted', async () => {
    const early = await checkin('2026-11-18', 3)
    const mid = await checkin('2026-11-21', 6)
    const late = await checkin('2026-11-24', 4)
    const tLate = treatment('2026-11-24T21:00')
    const { id } = await diary.ok<{ id: number }>('episodes:start', lower)
    const linked = () => links('checkins').map((l) => l.episodeId)
    expect(linked()).toEqual([null, id, id])

    await diary.ok<Row>('episodes:update', { id, ...lower, startedOn: '2026-11-17' })
    expect(linked()).toEqual([id, id, id])

    await diary.ok<Row>('episodes:end', { id, endedOn: '2026-11-22' })
    expect(linked()).toEqual([id, id, null])
    expect(links('treatments')).toEqual([{ id: tLate, episodeId: null }])

    await diary.ok<Row>('episodes:reopen', { id })
    expect(linked()).toEqual([id, id, id])
    expect(links('treatments')).toEqual([{ id: tLate, episodeId: id }])

    await diary.ok<Row>('episodes:delete', { id })
    expect(linked()).toEqual([null, null, null])
    expect(links('treatments')).toEqual([{ id: tLate, episodeId: null }])
    // The entries themselves are kept.
    expect([early, mid, late].every((c) => c.id > 0)).toBe(true)
    expect(links('checkins')).toHaveLength(3)
  })

  it('covers its first and last day inclusive, by local date', async () => {
    const lastEvening = treatment('2026-11-19T23:59')
    const firstMorning = treatment('2026-11-20T00:00')
    const lastDay = treatment('2026-11-22T23:59')
    const dayAfter = treatment('2026-11-23T00:00')
    const onEnd = await checkin('2026-11-22', 4)
    const afterEnd = await checkin('2026-11-23', 4)
    const { id } = await diary.ok<{ id: number }>('episodes:start', {
      ...lower,
      endedOn: '2026-11-22',
    })
    expect(links('treatments')).toEqual([
      { id: lastEvening, episodeId: null },
      { id: firstMorning, episodeId: id },
      { id: lastDay, episodeId: id },
      { id: dayAfter, episodeId: null },
    ])
    expect(links('checkins')).toEqual([
      { id: onEnd.id, episodeId: id },
      { id: afterEnd.id, episodeId: null },
    ])
  })

  it('relinks to another episode covering the dates when one is deleted', async () => {
    const c = await checkin('2026-11-23', 5)
    const upper = await diary.ok<{ id: number }>('episodes:start', { ...lower, region: 'upper' })
    const later = await diary.ok<{ id: number }>('episodes:start', {
      ...lower,
      startedOn: '2026-11-22',
    })
    // Overlapping episodes: the one that started last wins.
    expect(links('checkins')).toEqual([{ id: c.id, episodeId: later.id }])
    await diary.ok<Row>('episodes:delete', { id: later.id })
    expect(links('checkins')).toEqual([{ id: c.id, episodeId: upper.id }])
  })
})

describe('episodes:update, end, reopen, delete', () => {
  it('ends today by default, and reopens', async () => {
    const { id } = await diary.ok<{ id: number }>('episodes:start', lower)
    expect(await diary.ok<Row>('episodes:end', { id })).toMatchObject({
      endedOn: '2026-11-25',
      days: 6,
    })
    expect(await diary.ok<Row>('episodes:reopen', { id })).toMatchObject({ endedOn: null })
  })

  it.each([
    ['an end before the start', { endedOn: '2026-11-19' }, 'invalid_input', 'endedOn'],
    ['an end in the future', { endedOn: '2026-11-26' }, 'invalid_input', 'endedOn'],
    ['an end as a number (wrong type)', { endedOn: 20261124 }, 'invalid_input', 'endedOn'],
    ['an impossible end (out of range)', { endedOn: '2026-11-31' }, 'invalid_input', 'endedOn'],
  ])('end refuses %s and writes nothing', async (_label, values, code, path) => {
    const { id } = await diary.ok<{ id: number }>('episodes:start', lower)
    await expectRefused('episodes:end', { id, ...values }, code, path)
  })

  it('refuses to end an ended episode, or reopen an ongoing one', async () => {
    const { id } = await diary.ok<{ id: number }>('episodes:start', lower)
    await expectRefused('episodes:reopen', { id }, 'conflict')
    await diary.ok<Row>('episodes:end', { id, endedOn: '2026-11-22' })
    await expectRefused('episodes:end', { id, endedOn: '2026-11-24' }, 'conflict')
  })

  it('refuses to reopen when another episode is ongoing in the region', async () => {
    const { id } = await diary.ok<{ id: number }>('episodes:start', {
      ...lower,
      startedOn: '2026-11-01',
      endedOn: '2026-11-05',
    })
    await diary.ok<Row>('episodes:start', lower)
    const message = await expectRefused('episodes:reopen', { id }, 'conflict', 'region')
    expect(message).toMatch(/End it first/)
  })

  it.each([
    ['a start in the future', { startedOn: '2026-11-30' }, 'invalid_input', 'startedOn'],
    ['an end before the start', { endedOn: '2026-11-01' }, 'invalid_input', 'endedOn'],
    ['a region as a number (wrong type)', { region: 3 }, 'invalid_input', 'region'],
    ['a missing side', { side: undefined }, 'invalid_input', 'side'],
    ['a second ongoing episode in the region', { region: 'upper' }, 'conflict', 'region'],
  ])('update refuses %s and writes nothing', async (_label, values, code, path) => {
    await diary.ok<Row>('episodes:start', { ...lower, region: 'upper' })
    const { id } = await diary.ok<{ id: number }>('episodes:start', lower)
    await expectRefused('episodes:update', { id, ...lower, ...values }, code, path)
  })

  it('updates every field', async () => {
    const { id } = await diary.ok<{ id: number }>('episodes:start', lower)
    const edited = { ...lower, side: 'both', trigger: 'twisting', notes: 'Better now' }
    expect(await diary.ok<Row>('episodes:update', { id, ...edited })).toMatchObject({
      id,
      ...edited,
    })
  })

  it.each(['episodes:get', 'episodes:end', 'episodes:reopen', 'episodes:delete'])(
    '%s refuses bad ids and answers not_found for a missing one',
    async (channel) => {
      await diary.ok<Row>('episodes:start', lower)
      await expectRefused(channel, { id: '1' }, 'invalid_input', 'id') // wrong type
      await expectRefused(channel, { id: -1 }, 'invalid_input', 'id') // out of range
      await expectRefused(channel, {}, 'invalid_input', 'id') // missing
      await expectRefused(channel, { id: 99 }, 'not_found')
    },
  )

  it('refuses to update a missing episode', async () => {
    await expectRefused('episodes:update', { id: 5, ...lower }, 'not_found')
  })
})

describe('episodes:list and episodes:get', () => {
  async function seed() {
    const a = await diary.ok<{ id: number }>('episodes:start', {
      ...lower,
      startedOn: '2026-09-01',
      endedOn: '2026-09-20',
    })
    const b = await diary.ok<{ id: number }>('episodes:start', { ...lower, region: 'upper' })
    const c = await diary.ok<{ id: number }>('episodes:start', lower)
    return [a.id, b.id, c.id] as const
  }
  const ids = async (filter?: unknown) =>
    (await diary.ok<{ id: number }[]>('episodes:list', filter)).map((e) => e.id)

  it('filters by ongoing, region and date range, newest start first', async () => {
    const [a, b, c] = await seed()
    expect(await ids()).toEqual([c, b, a])
    expect(await ids({ ongoing: true })).toEqual([c, b])
    expect(await ids({ ongoing: false })).toEqual([a])
    expect(await ids({ region: 'lower' })).toEqual([c, a])
    expect(await ids({ from: '2026-09-15', to: '2026-09-30' })).toEqual([a])
    expect(await ids({ from: '2026-11-25' })).toEqual([c, b])
    expect(await ids({ to: '2026-10-01' })).toEqual([a])
  })

  it.each([
    ['ongoing as text (wrong type)', { ongoing: 'yes' }],
    ['an unknown region (out of range)', { region: 'neck' }],
    ['a reversed range', { from: '2026-11-30', to: '2026-11-01' }],
    ['an unknown filter', { colour: 'red' }],
  ])('refuses %s', async (_label, filter) => {
    await seed()
    await expectRefused('episodes:list', filter)
  })

  it('gets an episode with its check-ins oldest first and its daily curve', async () => {
    await checkin('2026-11-22', 7, 'evening')
    await checkin('2026-11-22', 6)
    await checkin('2026-11-21', 8)
    const { id } = await diary.ok<{ id: number }>('episodes:start', lower)
    const detail = await diary.ok<{
      checkins: { date: string; slot: string; pain: number }[]
      curve: { date: string; pain: number; stiffness: number }[]
    }>('episodes:get', { id })
    // One point per day, the mean of that day's check-ins, computed in SQL.
    expect(detail.curve).toEqual([
      { date: '2026-11-21', pain: 8, stiffness: 3 },
      { date: '2026-11-22', pain: 6.5, stiffness: 3 },
    ])
    expect(detail.checkins.map((c) => [c.date, c.slot, c.pain])).toEqual([
      ['2026-11-21', 'morning', 8],
      ['2026-11-22', 'morning', 6],
      ['2026-11-22', 'evening', 7],
    ])
  })

  it('flags a week-long episode whose pain is not easing, and not one that eased', async () => {
    const { id } = await diary.ok<{ id: number }>('episodes:start', {
      ...lower,
      startedOn: '2026-11-19',
    })
    for (const [date, pain] of [
      ['2026-11-19', 5],
      ['2026-11-20', 5],
      ['2026-11-21', 6],
      ['2026-11-23', 6],
      ['2026-11-24', 6],
      ['2026-11-25', 5],
    ] as const)
      await checkin(date, pain)
    const get = () => diary.ok<{ days: number; flags: { code: string }[] }>('episodes:get', { id })
    expect(await get()).toMatchObject({ days: 7, flags: [{ code: 'not_easing', tier: 'soon' }] })
    // 5.3 → 2.7 over the first and last three days: a meaningful drop.
    await checkin('2026-11-24', 1)
    await checkin('2026-11-25', 1)
    expect((await get()).flags).toEqual([])
  })

  it('says there are not enough check-ins to tell, and how the pain is going once there are', async () => {
    const { id } = await diary.ok<{ id: number }>('episodes:start', {
      ...lower,
      startedOn: '2026-11-19',
    })
    const progress = async () =>
      (await diary.ok<{ progress: Record<string, unknown> }>('episodes:get', { id })).progress
    expect(await progress()).toEqual({ status: 'not_enough_checkins', daysWithPain: 0 })
    await checkin('2026-11-19', 8)
    expect(await progress()).toEqual({ status: 'not_enough_checkins', daysWithPain: 1 })
    // Pain 8 on day 1 and 3 on day 7: eased (k = 1).
    await checkin('2026-11-25', 3)
    expect(await progress()).toEqual({
      status: 'eased',
      days: 2,
      windowDays: 1,
      firstMean: 8,
      lastMean: 3,
      lastDate: '2026-11-25',
    })
    const ended = await diary.ok<{ progress: unknown }>('episodes:end', { id })
    expect(ended.progress).toEqual({ status: 'not_judged' })
  })
})

describe('"show my doctor" on an episode note', () => {
  it('keeps the mark through start and update, and refuses it on an empty note', async () => {
    const started = await diary.ok<{ id: number; noteForDoctor: boolean }>('episodes:start', {
      ...lower,
      noteForDoctor: true,
    })
    expect(started.noteForDoctor).toBe(true)
    const updated = await diary.ok<Row>('episodes:update', {
      ...lower,
      id: started.id,
      noteForDoctor: false,
    })
    expect(updated).toMatchObject({ noteForDoctor: false })
    await expectRefused(
      'episodes:start',
      { ...lower, region: 'upper', notes: '', noteForDoctor: true },
      'invalid_input',
      'noteForDoctor',
    )
    await expectRefused(
      'episodes:update',
      { ...lower, id: started.id, notes: ' ', noteForDoctor: true },
      'invalid_input',
      'noteForDoctor',
    )
  })
})
