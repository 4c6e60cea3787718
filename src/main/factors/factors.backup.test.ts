import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTempDiary, snapshot, type TempDiary } from '../../../testing/temp-diary'
import { expectRefused } from '../../../testing/expect-refused'
import { editBackup as edit, exportBackup, readBackup } from '../../../testing/backup-files'
import type { Checkin } from '../../shared/domain/checkin'
import type { Episode } from '../../shared/domain/episode'

let diary: TempDiary
beforeEach(() => {
  diary = openTempDiary({ now: () => new Date('2026-11-25T08:15:00Z') })
})
afterEach(() => diary.close())

async function seedAndExport(): Promise<string> {
  await diary.ok<Episode>('episodes:start', {
    startedOn: '2026-11-20',
    region: 'lower',
    side: 'left',
    onsetFactors: { factors: ['long_sitting', 'other'], otherNote: 'Long flight' },
  })
  await diary.ok<Checkin>('checkins:save', {
    date: '2026-11-18',
    slot: 'evening',
    pain: 2,
    stiffness: 2,
    spasmFrequency: 0,
    factors: ['high_stress'],
  })
  await diary.ok<Checkin>('checkins:save', {
    date: '2026-11-17',
    slot: 'evening',
    pain: 2,
    stiffness: 2,
    spasmFrequency: 0,
    factors: [],
  })
  return exportBackup(diary)
}

describe('factors in the JSON backup', () => {
  it('are exported and restored exactly, answered-but-empty checklists included', async () => {
    const path = await seedAndExport()
    const file = readBackup(path)
    expect(file.tables['onset_factors']).toEqual([
      { episode_id: 1, code: 'long_sitting' },
      { episode_id: 1, code: 'other' },
    ])
    expect(file.tables['day_checklists']).toHaveLength(2)
    const original = snapshot(diary.db)
    diary.db.exec('DELETE FROM onset_checklists; DELETE FROM day_checklists;')
    diary.services.nextOpenPath = path
    const result = await diary.ok<{ counts: Record<string, number> }>('backup:restore')
    expect(result.counts).toMatchObject({
      onset_checklists: 1,
      onset_factors: 2,
      day_checklists: 2,
      day_factors: 1,
    })
    expect(snapshot(diary.db)).toEqual(original)
  })

  it('restore from a backup made before factors existed, with none recorded', async () => {
    const path = edit(await seedAndExport(), (f) => {
      f.tables = Object.fromEntries(
        Object.entries(f.tables).filter(([name]) => !/_checklists$|_factors$/.test(name)),
      )
    })
    diary.services.nextOpenPath = path
    await diary.ok('backup:restore')
    const counts = diary.db
      .prepare(
        `SELECT (SELECT count(*) FROM onset_checklists) AS onset,
           (SELECT count(*) FROM day_checklists) AS day, (SELECT count(*) FROM episodes) AS e`,
      )
      .get()
    expect(counts).toEqual({ onset: 0, day: 0, e: 1 })
  })

  it('refuse a backup with an unknown factor, naming the record, diary unchanged', async () => {
    const path = edit(await seedAndExport(), (f) => {
      const row = f.tables['day_factors']?.[0]
      if (row) row['code'] = 'gardening'
    })
    diary.services.nextOpenPath = path
    const message = await expectRefused(diary, 'backup:restore', undefined)
    expect(message).toMatch(/day_factors record 1, code/)
  })

  it('refuse day factors on a morning check-in, diary unchanged', async () => {
    const path = edit(await seedAndExport(), (f) => {
      const checkin = f.tables['checkins']?.find((c) => c['date'] === '2026-11-18')
      if (checkin) checkin['slot'] = 'morning'
    })
    const before = snapshot(diary.db)
    diary.services.nextOpenPath = path
    const result = await diary.call('backup:restore')
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    if (!result.ok) expect(result.error.message).toMatch(/evening check-in/)
    expect(snapshot(diary.db)).toEqual(before)
  })
})
