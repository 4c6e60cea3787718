import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTempDiary, type TempDiary } from '../../../testing/temp-diary'
import { expectRefused } from '../../../testing/expect-refused'
import { SUGGESTION_LIMIT } from '../../shared/domain/treatment'

let diary: TempDiary
beforeEach(() => {
  diary = openTempDiary({ now: () => new Date('2026-11-25T12:00:00Z') })
})
afterEach(() => diary.close())

async function log(kind: string, detail: string, startedAt: string) {
  const saved = await diary.call('treatments:save', { kind, detail, startedAt })
  if (!saved.ok) throw new Error(saved.error.message)
}

describe('treatments:suggestions', () => {
  it('offers earlier details of a kind, each once, the most recently used first', async () => {
    await log('medication', 'Ibuprofen 400 mg', '2026-11-01T08:00')
    await log('medication', 'Paracetamol 1 g', '2026-11-10T08:00')
    await log('medication', 'ibuprofen 400 mg', '2026-11-20T08:00') // typed again, lower case
    await log('medication', '', '2026-11-21T08:00') // no detail: nothing to offer
    await log('stretch', 'Chair twist', '2026-11-22T08:00')
    // Logged later for an earlier time: the order is by when it was taken.
    await log('medication', 'Naproxen 250 mg', '2026-10-01T08:00')
    expect(await diary.call('treatments:suggestions', { kind: 'medication' })).toEqual({
      ok: true,
      value: ['ibuprofen 400 mg', 'Paracetamol 1 g', 'Naproxen 250 mg'],
    })
    expect(await diary.call('treatments:suggestions', {})).toEqual({
      ok: true,
      value: ['Chair twist', 'ibuprofen 400 mg', 'Paracetamol 1 g', 'Naproxen 250 mg'],
    })
    expect(await diary.call('treatments:suggestions', { kind: 'ice' })).toEqual({
      ok: true,
      value: [],
    })
  })

  it(`offers at most ${SUGGESTION_LIMIT}`, async () => {
    for (let i = 1; i <= SUGGESTION_LIMIT + 5; i++) {
      await log('stretch', `Stretch ${i}`, `2026-10-${String(i).padStart(2, '0')}T08:00`)
    }
    const result = await diary.call('treatments:suggestions', { kind: 'stretch' })
    const value = result.ok ? (result.value as string[]) : []
    expect(value).toHaveLength(SUGGESTION_LIMIT)
    expect(value[0]).toBe(`Stretch ${SUGGESTION_LIMIT + 5}`)
  })

  it.each([
    ['an unknown kind', { kind: 'magic' }, 'kind'],
    ['an unknown key', { kind: 'heat', prefix: 'Ib' }, undefined],
    ['no input', undefined, undefined],
  ])('refuses %s', async (_label, input, path) => {
    await expectRefused(diary, 'treatments:suggestions', input, { path })
  })
})
