import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LATEST_SCHEMA_VERSION } from '../db/migrations'
import { openTempDiary, snapshot, type TempDiary } from '../../../testing/temp-diary'
import { expectRefused as refused } from '../../../testing/expect-refused'

let diary: TempDiary
const NOW = new Date('2026-11-25T08:15:00Z')
beforeEach(() => {
  diary = openTempDiary({ now: () => NOW })
})
afterEach(() => diary.close())

const morning = {
  date: '2026-11-24',
  slot: 'morning',
  pain: 6,
  stiffness: 7,
  stiffnessMinutes: 45,
  spasmFrequency: 1,
  spasmSeverity: 1,
  sleepInterrupted: false,
  notes: '',
}

async function seed() {
  const saved = await diary.call('checkins:save', morning)
  if (!saved.ok) throw new Error(saved.error.message)
  return saved.value as { id: number }
}

/** Refused as invalid input, naming `path`, with nothing written. */
const expectRefused = (channel: string, input: unknown, path?: string) =>
  refused(diary, channel, input, { path })

describe('checkins:save', () => {
  it('saves a valid check-in and answers with it', async () => {
    const result = await diary.call('checkins:save', morning)
    expect(result).toMatchObject({ ok: true, value: { ...morning, id: 1, episodeId: null } })
  })

  it('marks a note "show my doctor" on a check-in and a flare-up; never an empty note', async () => {
    const flare = { ...morning, slot: 'other', stiffnessMinutes: null }
    for (const entry of [morning, flare]) {
      const result = await diary.call('checkins:save', {
        ...entry,
        notes: 'Locked up after lifting the kettle',
        noteForDoctor: true,
      })
      expect(result).toMatchObject({ ok: true, value: { noteForDoctor: true } })
    }
    await expectRefused(
      'checkins:save',
      { ...morning, notes: '', noteForDoctor: true },
      'noteForDoctor',
    )
    await expectRefused('checkins:save', { ...morning, noteForDoctor: 1 }, 'noteForDoctor')
    // Unmarking keeps the note.
    const unmarked = await diary.call('checkins:save', {
      ...morning,
      notes: 'Locked up after lifting the kettle',
      noteForDoctor: false,
    })
    expect(unmarked).toMatchObject({
      ok: true,
      value: { notes: 'Locked up after lifting the kettle', noteForDoctor: false },
    })
  })

  it('fills defaults for the optional answers', async () => {
    const result = await diary.call('checkins:save', {
      date: '2026-11-24',
      slot: 'evening',
      pain: 2,
      stiffness: 3,
      spasmFrequency: 0,
    })
    expect(result).toMatchObject({
      ok: true,
      value: { stiffnessMinutes: null, spasmSeverity: null, sleepInterrupted: false, notes: '' },
    })
  })

  it.each([
    ['pain as text (wrong type)', { ...morning, pain: '6' }, 'pain'],
    ['pain 11 (out of range)', { ...morning, pain: 11 }, 'pain'],
    ['pain 5.5 (not whole)', { ...morning, pain: 5.5 }, 'pain'],
    ['stiffness -1 (out of range)', { ...morning, stiffness: -1 }, 'stiffness'],
    ['no pain (missing field)', { ...morning, pain: undefined }, 'pain'],
    ['no date (missing field)', { ...morning, date: undefined }, 'date'],
    ['an impossible date', { ...morning, date: '2026-02-30' }, 'date'],
    ['a date with a time', { ...morning, date: '2026-11-24T08:00:00Z' }, 'date'],
    ['an unknown slot', { ...morning, slot: 'noon' }, 'slot'],
    ['spasm frequency 5', { ...morning, spasmFrequency: 5 }, 'spasmFrequency'],
    ['spasms without severity', { ...morning, spasmSeverity: null }, 'spasmSeverity'],
    ['severity without spasms', { ...morning, spasmFrequency: 0 }, 'spasmSeverity'],
    ['stiffness minutes 2000', { ...morning, stiffnessMinutes: 2000 }, 'stiffnessMinutes'],
    [
      'minutes on an evening entry',
      { ...morning, slot: 'evening', stiffnessMinutes: 10 },
      'stiffnessMinutes',
    ],
    ['sleep interrupted as 1', { ...morning, sleepInterrupted: 1 }, 'sleepInterrupted'],
    ['notes of 2001 characters', { ...morning, notes: 'x'.repeat(2001) }, 'notes'],
    ['an extra field', { ...morning, episodeId: 3 }, ''],
    ['a string instead of an object', 'morning', ''],
    ['nothing at all', undefined, ''],
  ])('refuses %s and writes nothing', async (_label, input, path) => {
    await seed()
    await expectRefused('checkins:save', input, path || undefined)
  })

  it('refuses a date in the future, judged in the local time zone', async () => {
    const original = process.env['TZ']
    try {
      // 12:30 UTC on 24 Nov is already 25 Nov in Auckland but still 24 Nov in Honolulu.
      const instant = new Date('2026-11-24T12:30:00Z')
      diary.ctx.now = () => instant
      process.env['TZ'] = 'Pacific/Auckland'
      const accepted = await diary.call('checkins:save', { ...morning, date: '2026-11-25' })
      expect(accepted.ok).toBe(true)
      process.env['TZ'] = 'Pacific/Honolulu'
      await expectRefused('checkins:save', { ...morning, date: '2026-11-25', pain: 1 }, 'date')
    } finally {
      if (original === undefined) delete process.env['TZ']
      else process.env['TZ'] = original
    }
  })

  it('refuses to edit a missing entry with not_found and writes nothing', async () => {
    await seed()
    const before = snapshot(diary.db)
    const result = await diary.call('checkins:save', { ...morning, id: 42 })
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(snapshot(diary.db)).toEqual(before)
  })
})

describe('symptoms on check-ins', () => {
  const symptomRows = () =>
    diary.db.prepare('SELECT checkin_id, code FROM checkin_symptoms ORDER BY code').all()

  it('stores ticked warning signs with the check-in and returns them', async () => {
    const saved = await diary.call('checkins:save', {
      ...morning,
      symptoms: ['sharp_stabbing_pain', 'fever', 'sharp_stabbing_pain'],
    })
    expect(saved).toMatchObject({ ok: true, value: { symptoms: ['fever', 'sharp_stabbing_pain'] } })
    expect(symptomRows()).toEqual([
      { checkin_id: 1, code: 'fever' },
      { checkin_id: 1, code: 'sharp_stabbing_pain' },
    ])
    expect(
      await diary.call('checkins:list', { from: '2026-11-24', to: '2026-11-24' }),
    ).toMatchObject({ ok: true, value: [{ symptoms: ['fever', 'sharp_stabbing_pain'] }] })
  })

  it('replaces the warning signs when the entry is saved again', async () => {
    await diary.call('checkins:save', { ...morning, symptoms: ['fever'] })
    await diary.call('checkins:save', { ...morning, symptoms: ['saddle_numbness'] })
    expect(symptomRows()).toEqual([{ checkin_id: 1, code: 'saddle_numbness' }])
    await diary.call('checkins:save', { ...morning })
    expect(symptomRows()).toEqual([])
  })

  it.each([
    ['an unknown code', ['headache'], 'symptoms.0'],
    ['a code as a number (wrong type)', [7], 'symptoms.0'],
    ['a single code instead of a list', 'fever', 'symptoms'],
    ['an unknown code after a known one', ['fever', 'Fever'], 'symptoms.1'],
  ])('refuses %s and writes nothing', async (_label, symptoms, path) => {
    await diary.call('checkins:save', { ...morning, symptoms: ['fever'] })
    await expectRefused('checkins:save', { ...morning, pain: 2, symptoms }, path)
  })
})

describe('checkins:list', () => {
  it('lists the entries of a range', async () => {
    await seed()
    const result = await diary.call('checkins:list', { from: '2026-11-01', to: '2026-11-30' })
    expect(result.ok && result.value).toHaveLength(1)
  })

  it.each([
    ['a number as a date (wrong type)', { from: 20261101, to: '2026-11-30' }],
    ['a month 13 (out of range)', { from: '2026-13-01', to: '2026-11-30' }],
    ['no end (missing field)', { from: '2026-11-01' }],
    ['a reversed range', { from: '2026-11-30', to: '2026-11-01' }],
  ])('refuses %s', async (_label, input) => {
    await seed()
    await expectRefused('checkins:list', input)
  })
})

describe('checkins:delete', () => {
  it('deletes an entry by id, answering with it; a second delete finds nothing', async () => {
    const { id } = await seed()
    expect(await diary.call('checkins:delete', { id })).toMatchObject({ ok: true, value: { id } })
    expect(await diary.call('checkins:delete', { id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    })
  })

  it('refuses bad ids', async () => {
    await seed()
    await expectRefused('checkins:delete', { id: '1' }, 'id') // wrong type
    await expectRefused('checkins:delete', { id: -1 }, 'id') // out of range
    await expectRefused('checkins:delete', { id: 1.5 }, 'id') // not whole
    await expectRefused('checkins:delete', {}, 'id') // missing
  })

  it('answers not_found for an id that is not there and deletes nothing', async () => {
    await seed()
    const before = snapshot(diary.db)
    expect(await diary.call('checkins:delete', { id: 77 })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'That check-in no longer exists.' },
    })
    expect(snapshot(diary.db)).toEqual(before)
  })
})

// app:info lives with the other per-channel checks of the foundation.
describe('app:info', () => {
  it('reports the version, data file, schema version and locale', async () => {
    expect(await diary.call('app:info')).toEqual({
      ok: true,
      value: {
        name: 'Unknot',
        version: '0.0.0-test',
        dataFile: diary.file,
        dataFolderWarning: null,
        schemaVersion: LATEST_SCHEMA_VERSION,
        locale: 'en-GB',
        systemLanguages: ['en-GB'],
      },
    })
  })

  it('refuses any input', async () => {
    await expectRefused('app:info', { please: true })
    await expectRefused('app:info', 'x')
    await expectRefused('app:info', 5)
  })
})
