import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Alert } from '../../shared/domain/alert'
import { expectRefused } from '../../../testing/expect-refused'
import { openTempDiary, type TempDiary } from '../../../testing/temp-diary'

let diary: TempDiary
beforeEach(() => {
  diary = openTempDiary({ now: () => new Date('2026-11-25T08:15:00Z') })
})
afterEach(() => diary.close())

async function emergency(): Promise<Alert> {
  await diary.ok('checkins:save', {
    date: '2026-11-25',
    slot: 'morning',
    pain: 6,
    stiffness: 5,
    spasmFrequency: 0,
    symptoms: ['saddle_numbness'],
  })
  const [alert] = await diary.ok<Alert[]>('alerts:list')
  if (!alert) throw new Error('no alert')
  return alert
}

describe('alerts:unacknowledge', () => {
  it('puts an acknowledged alert back, as it was', async () => {
    const alert = await emergency()
    await diary.ok('alerts:acknowledge', { key: alert.key })
    expect(await diary.ok('alerts:list')).toEqual([])
    expect(await diary.ok('alerts:unacknowledge', { key: alert.key })).toEqual(alert)
    expect(await diary.ok('alerts:list')).toEqual([alert])
    expect(await diary.ok('alerts:history')).toEqual([])
  })

  it('refuses a key that was not acknowledged, and bad input, changing nothing', async () => {
    const alert = await emergency()
    await expectRefused(diary, 'alerts:unacknowledge', { key: alert.key }, { code: 'not_found' })
    await expectRefused(diary, 'alerts:unacknowledge', { key: '' }, { path: 'key' })
    await expectRefused(diary, 'alerts:unacknowledge', { key: alert.key, all: true })
  })
})
