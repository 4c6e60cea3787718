import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTempDiary, type TempDiary } from '../../../testing/temp-diary'
import { expectRefused as refused } from '../../../testing/expect-refused'
import type { ErrorCode } from '../../shared/errors'
import type { Peg } from '../../shared/domain/peg'

let diary: TempDiary
const NOW = new Date('2026-11-25T08:15:00Z')
beforeEach(() => {
  diary = openTempDiary({ now: () => NOW })
})
afterEach(() => diary.close())

const week = { date: '2026-11-24', pain: 6, enjoyment: 5, activity: 7 }

const expectRefused = (channel: string, input: unknown, path?: string, code?: ErrorCode) =>
  refused(diary, channel, input, { path, code })

describe('peg:save', () => {
  it('records a PEG and answers with its score, the mean of the three answers', async () => {
    expect(await diary.ok<Peg>('peg:save', week)).toEqual({
      id: 1,
      ...week,
      score: 6,
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    })
  })

  it('replaces the PEG of the same date, and edits by id', async () => {
    const first = await diary.ok<Peg>('peg:save', week)
    const again = await diary.ok<Peg>('peg:save', { ...week, pain: 3 })
    expect(again).toMatchObject({ id: first.id, pain: 3, score: 5 })
    const moved = await diary.ok<Peg>('peg:save', { ...week, id: first.id, date: '2026-11-17' })
    expect(moved).toMatchObject({ id: first.id, date: '2026-11-17' })
    expect(
      await diary.ok<Peg[]>('peg:list', { from: '2026-11-01', to: '2026-11-30' }),
    ).toHaveLength(1)
  })

  it('refuses to move a PEG onto a date that has another', async () => {
    await diary.ok<Peg>('peg:save', week)
    const other = await diary.ok<Peg>('peg:save', { ...week, date: '2026-11-17' })
    await expectRefused('peg:save', { ...week, id: other.id }, 'date', 'conflict')
  })

  it('refuses to edit a PEG that no longer exists', async () => {
    await expectRefused('peg:save', { ...week, id: 42 }, undefined, 'not_found')
  })

  it.each([
    ['pain as text (wrong type)', { ...week, pain: '6' }, 'pain'],
    ['pain 11 (out of range)', { ...week, pain: 11 }, 'pain'],
    ['enjoyment -1 (out of range)', { ...week, enjoyment: -1 }, 'enjoyment'],
    ['activity 4.5 (not whole)', { ...week, activity: 4.5 }, 'activity'],
    ['no activity (missing field)', { ...week, activity: undefined }, 'activity'],
    ['an impossible date', { ...week, date: '2026-02-30' }, 'date'],
    ['an extra field', { ...week, score: 10 }, ''],
    ['a date after today', { ...week, date: '2026-11-26' }, 'date'],
    ['not an object', 'six', ''],
  ])('refuses %s and changes nothing', async (_label, input, path) => {
    await diary.ok<Peg>('peg:save', { ...week, date: '2026-11-10' })
    await expectRefused('peg:save', input, path || undefined)
  })
})

describe('peg:list and peg:delete', () => {
  it('lists the PEGs of a range oldest first, and deletes one', async () => {
    await diary.ok<Peg>('peg:save', { ...week, date: '2026-11-24' })
    const early = await diary.ok<Peg>('peg:save', { ...week, date: '2026-11-03', pain: 9 })
    await diary.ok<Peg>('peg:save', { ...week, date: '2026-10-27' })
    const listed = await diary.ok<Peg[]>('peg:list', { from: '2026-11-01', to: '2026-11-30' })
    expect(listed.map((p) => p.date)).toEqual(['2026-11-03', '2026-11-24'])
    expect(await diary.ok<Peg>('peg:delete', { id: early.id })).toEqual(early)
    const after = await diary.ok<Peg[]>('peg:list', { from: '2026-11-01', to: '2026-11-30' })
    expect(after.map((p) => p.date)).toEqual(['2026-11-24'])
  })

  it.each([
    ['peg:delete', { id: 99 }, 'not_found'],
    ['peg:delete', { id: 'one' }, 'invalid_input'],
    ['peg:delete', {}, 'invalid_input'],
    ['peg:list', { from: '2026-11-30', to: '2026-11-01' }, 'invalid_input'],
    ['peg:list', undefined, 'invalid_input'],
  ] as const)('%s refuses %j', async (channel, input, code) => {
    await diary.ok<Peg>('peg:save', week)
    await expectRefused(channel, input, undefined, code)
  })
})
