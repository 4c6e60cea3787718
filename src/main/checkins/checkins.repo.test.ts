import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CheckinInput } from '../../shared/domain/checkin'
import { AppError } from '../../shared/errors'
import { openTempDiary, snapshot, type TempDiary } from '../../../testing/temp-diary'
import { STIFF_MORNING } from '../../../testing/diary-rows'
import { deleteCheckin, getCheckin, listCheckins, saveCheckin } from './checkins.repo'

let diary: TempDiary
beforeEach(() => {
  diary = openTempDiary()
})
afterEach(() => diary.close())

const NOW = new Date('2026-11-25T08:15:00Z')
function input(values: Partial<CheckinInput> = {}): CheckinInput {
  return {
    date: '2026-11-25',
    ...STIFF_MORNING,
    notes: 'Stiff getting out of bed',
    noteForDoctor: false,
    symptoms: [],
    legSides: {},
    ...values,
  }
}

describe('checkins repository', () => {
  it('saves a check-in and reads it back field for field', () => {
    const saved = saveCheckin(diary.db, input(), NOW)
    expect(saved).toMatchObject({ ...input(), episodeId: null, recordedAt: NOW.toISOString() })
    expect(getCheckin(diary.db, saved.id)).toEqual(saved)
  })

  it('keeps which leg each leg sign is about, and drops a side with its sign', () => {
    const saved = saveCheckin(
      diary.db,
      input({
        symptoms: ['worsening_leg_weakness', 'one_leg_weakness', 'fever'],
        legSides: { worsening_leg_weakness: 'both', one_leg_weakness: 'left' },
      }),
      NOW,
    )
    expect(saved.legSides).toEqual({ worsening_leg_weakness: 'both', one_leg_weakness: 'left' })
    const edited = saveCheckin(
      diary.db,
      input({ id: saved.id, symptoms: ['one_leg_weakness'], legSides: {} }),
      NOW,
    )
    expect(edited.symptoms).toEqual(['one_leg_weakness'])
    expect(edited.legSides).toEqual({})
  })

  it('replaces the morning entry of a date instead of adding a second one', () => {
    const first = saveCheckin(diary.db, input({ pain: 5 }), NOW)
    const later = new Date('2026-11-25T09:00:00Z')
    const second = saveCheckin(diary.db, input({ pain: 3 }), later)
    expect(second.id).toBe(first.id)
    expect(second.pain).toBe(3)
    expect(second.recordedAt).toBe(first.recordedAt)
    expect(second.updatedAt).toBe(later.toISOString())
    expect(listCheckins(diary.db, { from: '2026-11-25', to: '2026-11-25' })).toHaveLength(1)
  })

  it('adds every flare-up entry', () => {
    const other = input({ slot: 'other', stiffnessMinutes: null })
    saveCheckin(diary.db, other, NOW)
    saveCheckin(diary.db, other, NOW)
    expect(listCheckins(diary.db, { from: '2026-11-25', to: '2026-11-25' })).toHaveLength(2)
  })

  it('lists a range newest first: by date, then evening, flare-ups, morning', () => {
    saveCheckin(diary.db, input({ date: '2026-11-23' }), NOW)
    saveCheckin(diary.db, input({ date: '2026-11-24' }), NOW)
    saveCheckin(
      diary.db,
      input({ date: '2026-11-24', slot: 'evening', stiffnessMinutes: null }),
      NOW,
    )
    saveCheckin(diary.db, input({ date: '2026-11-24', slot: 'other', stiffnessMinutes: null }), NOW)
    saveCheckin(diary.db, input({ date: '2026-11-25' }), NOW)
    const listed = listCheckins(diary.db, { from: '2026-11-24', to: '2026-11-25' })
    expect(listed.map((c) => `${c.date} ${c.slot}`)).toEqual([
      '2026-11-25 morning',
      '2026-11-24 evening',
      '2026-11-24 other',
      '2026-11-24 morning',
    ])
  })

  it('edits an entry by id, and refuses to move it onto another entry of the same slot', () => {
    const monday = saveCheckin(diary.db, input({ date: '2026-11-23' }), NOW)
    saveCheckin(diary.db, input({ date: '2026-11-24' }), NOW)
    const edited = saveCheckin(diary.db, input({ id: monday.id, date: '2026-11-23', pain: 1 }), NOW)
    expect(edited.pain).toBe(1)
    const before = snapshot(diary.db)
    expect(() => saveCheckin(diary.db, input({ id: monday.id, date: '2026-11-24' }), NOW)).toThrow(
      /already a morning check-in/,
    )
    expect(snapshot(diary.db)).toEqual(before)
  })

  it('refuses to edit or delete an entry that does not exist', () => {
    const before = snapshot(diary.db)
    expect(() => saveCheckin(diary.db, input({ id: 99 }), NOW)).toThrow(AppError)
    expect(() => deleteCheckin(diary.db, 99)).toThrow(/no longer exists/)
    expect(snapshot(diary.db)).toEqual(before)
  })

  it('deletes an entry and returns it for undo', () => {
    const saved = saveCheckin(diary.db, input(), NOW)
    expect(deleteCheckin(diary.db, saved.id)).toEqual(saved)
    expect(getCheckin(diary.db, saved.id)).toBeUndefined()
  })

  it('leaves the diary unchanged when the database refuses a row', () => {
    saveCheckin(diary.db, input(), NOW)
    const before = snapshot(diary.db)
    // Bypasses zod on purpose: the CHECK constraints are the last line of defence.
    expect(() => saveCheckin(diary.db, input({ date: '2026-11-20', pain: 42 }), NOW)).toThrow(
      /CHECK/,
    )
    expect(snapshot(diary.db)).toEqual(before)
  })

  it('uses an index for the range query that every screen runs', () => {
    const plan = diary.db
      .prepare<[], { detail: string }>(
        `EXPLAIN QUERY PLAN SELECT * FROM checkins c WHERE c.date BETWEEN '2026-01-01' AND '2026-12-31'`,
      )
      .all()
      .map((row) => row.detail)
      .join('\n')
    expect(plan).toMatch(/USING INDEX checkins_by_date|USING INDEX checkins_one_per_slot/)
  })
})

describe('calendar dates across time zones', () => {
  const original = process.env['TZ']
  afterEach(() => {
    if (original === undefined) delete process.env['TZ']
    else process.env['TZ'] = original
  })

  it('keeps the calendar date written in one zone when read in another', () => {
    // 23:30 on 24 Nov in Auckland is still 24 Nov there but 10:30 UTC, and the 23rd in Hawaii.
    process.env['TZ'] = 'Pacific/Auckland'
    const instant = new Date('2026-11-24T10:30:00Z')
    const saved = saveCheckin(
      diary.db,
      input({ date: '2026-11-24', slot: 'evening', stiffnessMinutes: null }),
      instant,
    )
    process.env['TZ'] = 'Pacific/Honolulu'
    const read = getCheckin(diary.db, saved.id)
    expect(read?.date).toBe('2026-11-24')
    expect(listCheckins(diary.db, { from: '2026-11-24', to: '2026-11-24' })).toHaveLength(1)
    expect(listCheckins(diary.db, { from: '2026-11-23', to: '2026-11-23' })).toHaveLength(0)
  })
})
