import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTempDiary, snapshot, type TempDiary } from '../../../testing/temp-diary'
import { expectRefused as refused } from '../../../testing/expect-refused'

let diary: TempDiary
// 08:15 UTC; start times are local, so tests that depend on "now" pin the time zone.
const NOW = new Date('2026-11-25T08:15:00Z')
beforeEach(() => {
  diary = openTempDiary({ now: () => NOW })
})
afterEach(() => diary.close())

const heat = {
  kind: 'heat',
  detail: 'Heat pad',
  startedAt: '2026-11-24T19:30',
  durationMinutes: 20,
  painBefore: 7,
  painAfter: 4,
  sideEffect: null,
  notes: '',
}

async function seed() {
  const saved = await diary.call('treatments:save', heat)
  if (!saved.ok) throw new Error(saved.error.message)
  return saved.value as { id: number }
}

/** Refused as invalid input, naming `path`, with nothing written. */
const expectRefused = (channel: string, input: unknown, path?: string) =>
  refused(diary, channel, input, { path })

async function withTimeZone(zone: string, run: () => Promise<void>) {
  const original = process.env['TZ']
  process.env['TZ'] = zone
  try {
    await run()
  } finally {
    if (original === undefined) delete process.env['TZ']
    else process.env['TZ'] = original
  }
}

describe('treatments:save', () => {
  it('saves a valid session and answers with it', async () => {
    const result = await diary.call('treatments:save', heat)
    expect(result).toEqual({
      ok: true,
      value: {
        ...heat,
        id: 1,
        episodeId: null,
        noteForDoctor: false,
        createdAt: NOW.toISOString(),
        updatedAt: NOW.toISOString(),
      },
    })
  })

  it('marks a note "show my doctor", and refuses the mark on an empty note', async () => {
    const marked = await diary.call('treatments:save', {
      ...heat,
      notes: '  Heat helped more than the tablets  ',
      noteForDoctor: true,
    })
    expect(marked).toMatchObject({
      ok: true,
      value: { notes: 'Heat helped more than the tablets', noteForDoctor: true },
    })
    await expectRefused(
      'treatments:save',
      { ...heat, notes: '   ', noteForDoctor: true },
      'noteForDoctor',
    )
    await expectRefused('treatments:save', { ...heat, noteForDoctor: 'yes' }, 'noteForDoctor')
  })

  it('fills defaults for the optional answers', async () => {
    const result = await diary.call('treatments:save', {
      kind: 'walk',
      startedAt: '2026-11-24T12:00',
    })
    expect(result).toMatchObject({
      ok: true,
      value: {
        detail: '',
        durationMinutes: null,
        painBefore: null,
        painAfter: null,
        sideEffect: null,
        notes: '',
        episodeId: null,
      },
    })
  })

  it('edits an entry by id', async () => {
    const { id } = await seed()
    const result = await diary.call('treatments:save', { ...heat, id, painAfter: 2 })
    expect(result).toMatchObject({ ok: true, value: { id, painAfter: 2 } })
    expect(diary.db.prepare('SELECT count(*) FROM treatments').pluck().get()).toBe(1)
  })

  it.each([
    ['pain before 11 (out of range)', { ...heat, painBefore: 11 }, 'painBefore'],
    ['pain after -1 (out of range)', { ...heat, painAfter: -1 }, 'painAfter'],
    ['pain after 3.5 (not whole)', { ...heat, painAfter: 3.5 }, 'painAfter'],
    ['pain before as text (wrong type)', { ...heat, painBefore: '7' }, 'painBefore'],
    ['a negative duration', { ...heat, durationMinutes: -5 }, 'durationMinutes'],
    ['a duration over a day', { ...heat, durationMinutes: 1441 }, 'durationMinutes'],
    ['a duration as text (wrong type)', { ...heat, durationMinutes: '20' }, 'durationMinutes'],
    ['an unknown kind', { ...heat, kind: 'cupping' }, 'kind'],
    ['a kind as a number (wrong type)', { ...heat, kind: 3 }, 'kind'],
    ['no kind (missing field)', { ...heat, kind: undefined }, 'kind'],
    ['no start time (missing field)', { ...heat, startedAt: undefined }, 'startedAt'],
    ['a start time with seconds', { ...heat, startedAt: '2026-11-24T19:30:00' }, 'startedAt'],
    ['a start time in UTC', { ...heat, startedAt: '2026-11-24T19:30Z' }, 'startedAt'],
    ['an impossible date', { ...heat, startedAt: '2026-02-30T10:00' }, 'startedAt'],
    ['hour 24', { ...heat, startedAt: '2026-11-24T24:00' }, 'startedAt'],
    ['a side effect as a number', { ...heat, sideEffect: 5 }, 'sideEffect'],
    ['a side effect of 501 characters', { ...heat, sideEffect: 'x'.repeat(501) }, 'sideEffect'],
    ['details of 201 characters', { ...heat, detail: 'x'.repeat(201) }, 'detail'],
    ['notes of 2001 characters', { ...heat, notes: 'x'.repeat(2001) }, 'notes'],
    ['an episode id (linking is automatic)', { ...heat, episodeId: 1 }, ''],
    ['an extra field', { ...heat, rating: 5 }, ''],
    ['a string instead of an object', 'heat', ''],
    ['nothing at all', undefined, ''],
  ])('refuses %s and writes nothing', async (_label, input, path) => {
    await seed()
    await expectRefused('treatments:save', input, path || undefined)
  })

  it('refuses a start time in the future, judged on the local wall clock', async () => {
    await seed()
    // 08:15 UTC is 21:15 in Auckland (UTC+13 in November) and 22:15 the day before in Honolulu.
    await withTimeZone('Pacific/Auckland', async () => {
      const now = await diary.call('treatments:save', { ...heat, startedAt: '2026-11-25T21:15' })
      expect(now.ok).toBe(true)
      await expectRefused(
        'treatments:save',
        { ...heat, startedAt: '2026-11-25T21:16' },
        'startedAt',
      )
    })
    await withTimeZone('Pacific/Honolulu', async () => {
      await expectRefused(
        'treatments:save',
        { ...heat, startedAt: '2026-11-24T22:16' },
        'startedAt',
      )
      const ok = await diary.call('treatments:save', { ...heat, startedAt: '2026-11-24T22:15' })
      expect(ok.ok).toBe(true)
    })
  })

  it('refuses to edit a missing entry with not_found and writes nothing', async () => {
    await seed()
    const before = snapshot(diary.db)
    const result = await diary.call('treatments:save', { ...heat, id: 42 })
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(snapshot(diary.db)).toEqual(before)
  })
})

describe('treatments:list', () => {
  it('lists a range, optionally one kind', async () => {
    await seed()
    await diary.call('treatments:save', { ...heat, kind: 'ice', startedAt: '2026-11-20T08:00' })
    const all = await diary.call('treatments:list', { from: '2026-11-01', to: '2026-11-30' })
    expect(all.ok && (all.value as { kind: string }[]).map((t) => t.kind)).toEqual(['heat', 'ice'])
    const ice = await diary.call('treatments:list', {
      from: '2026-11-01',
      to: '2026-11-30',
      kind: 'ice',
    })
    expect(ice.ok && ice.value).toHaveLength(1)
  })

  it.each([
    ['a number as a date (wrong type)', { from: 20261101, to: '2026-11-30' }],
    ['a month 13 (out of range)', { from: '2026-13-01', to: '2026-11-30' }],
    ['no end (missing field)', { from: '2026-11-01' }],
    ['a reversed range', { from: '2026-11-30', to: '2026-11-01' }],
    ['an unknown kind', { from: '2026-11-01', to: '2026-11-30', kind: 'cupping' }],
    ['an episode id of 0', { from: '2026-11-01', to: '2026-11-30', episodeId: 0 }],
  ])('refuses %s', async (_label, input) => {
    await seed()
    await expectRefused('treatments:list', input)
  })
})

describe('treatments:delete', () => {
  it('deletes an entry by id, answering with it; a second delete finds nothing', async () => {
    const { id } = await seed()
    expect(await diary.call('treatments:delete', { id })).toMatchObject({
      ok: true,
      value: { id, kind: 'heat', painBefore: 7 },
    })
    expect(await diary.call('treatments:delete', { id })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'That treatment entry no longer exists.' },
    })
  })

  it('refuses bad ids', async () => {
    await seed()
    await expectRefused('treatments:delete', { id: '1' }, 'id') // wrong type
    await expectRefused('treatments:delete', { id: -1 }, 'id') // out of range
    await expectRefused('treatments:delete', { id: 1.5 }, 'id') // not whole
    await expectRefused('treatments:delete', {}, 'id') // missing
  })

  it('answers not_found for an id that is not there and deletes nothing', async () => {
    await seed()
    const before = snapshot(diary.db)
    expect(await diary.call('treatments:delete', { id: 77 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    })
    expect(snapshot(diary.db)).toEqual(before)
  })
})

describe('treatments:effectiveness', () => {
  it('answers numbers for a kind with 3 rated sessions and a marker for fewer', async () => {
    // heat: 7→4, 6→5, 8→4 → mean (3 + 1 + 4) / 3 = 2.667, drops ≥ 2 in 2 of 3 sessions.
    for (const [before, after] of [
      [7, 4],
      [6, 5],
      [8, 4],
    ]) {
      await diary.call('treatments:save', { ...heat, painBefore: before, painAfter: after })
    }
    // ice: 2 rated sessions only.
    await diary.call('treatments:save', { ...heat, kind: 'ice', painBefore: 6, painAfter: 2 })
    await diary.call('treatments:save', { ...heat, kind: 'ice', painBefore: 5, painAfter: 1 })
    const result = await diary.call('treatments:effectiveness', {})
    if (!result.ok) throw new Error(result.error.message)
    const [heatRow, iceRow] = result.value as {
      kind: string
      effect: { status: string; meanChange?: number; shareMeaningfulDrop?: number }
    }[]
    expect(heatRow?.kind).toBe('heat')
    expect(heatRow?.effect.status).toBe('enough_data')
    expect(heatRow?.effect.meanChange).toBeCloseTo(8 / 3, 6)
    expect(heatRow?.effect.shareMeaningfulDrop).toBeCloseTo(2 / 3, 6)
    expect(iceRow).toMatchObject({
      kind: 'ice',
      sessions: 2,
      effect: { status: 'not_enough_data', minimumRated: 3 },
    })
    expect(iceRow?.effect).not.toHaveProperty('meanChange')
  })

  it.each([
    ['a date as a number (wrong type)', { from: 20261101 }],
    ['an impossible date (out of range)', { to: '2026-11-31' }],
    ['a reversed range', { from: '2026-11-30', to: '2026-11-01' }],
    ['an extra field', { kind: 'heat' }],
    ['nothing at all (missing input)', undefined],
  ])('refuses %s', async (_label, input) => {
    await seed()
    await expectRefused('treatments:effectiveness', input)
  })
})
