import { beforeEach, describe, expect, it } from 'vitest'
import { experimentDiaryPerTest, STRETCH_DRAFT } from '../../../testing/experiment-diary'
import { snapshot } from '../../../testing/temp-diary'
import {
  editBackup,
  expectRestored,
  exportBackup,
  readBackup,
  restoreBackup,
} from '../../../testing/backup-files'

// Experiments travel in the JSON backup like every other table (migration 007).
const temp = experimentDiaryPerTest()
beforeEach(async () => {
  const { id } = await temp.diary.ok<{ id: number }>('experiments:create', STRETCH_DRAFT)
  await temp.diary.ok('experiments:recordDay', {
    id,
    date: STRETCH_DRAFT.startsOn,
    adherence: 'did',
  })
})

const restore = (path: string) => restoreBackup(temp.diary, path)

describe('experiments in the JSON backup', () => {
  it('carries every experiment and its planned days, and restores them exactly', async () => {
    const original = snapshot(temp.diary.db)
    // 6 pairs of two 2-day periods.
    expect(original['experiment_days']).toHaveLength(24)
    const path = await exportBackup(temp.diary)
    const file = readBackup(path)
    expect(file.tables['experiments']).toHaveLength(1)
    expect(file.tables['experiment_days']).toHaveLength(24)

    temp.diary.db.exec('DELETE FROM experiments')
    await expectRestored(temp.diary, path, { counts: { experiments: 1, experiment_days: 24 } })
    expect(snapshot(temp.diary.db)).toEqual(original)
  })

  it('restores a backup made before experiments existed, with none', async () => {
    const path = editBackup(await exportBackup(temp.diary), ({ tables }) => {
      delete tables['experiments']
      delete tables['experiment_days']
    })
    expect(await restore(path)).toMatchObject({ ok: true })
    expect(temp.diary.db.prepare('SELECT count(*) FROM experiments').pluck().get()).toBe(0)
    expect(temp.diary.db.prepare('SELECT count(*) FROM experiment_days').pluck().get()).toBe(0)
  })

  it.each([
    ['an unknown outcome', 'experiments', 'outcome', 'mood'],
    ['too few pairs', 'experiments', 'pairs', 2],
    ['an unknown adherence', 'experiment_days', 'adherence', 'maybe'],
    ['a recorded day without its time', 'experiment_days', 'recorded_at', null],
  ])('refuses %s, naming the record, and changes nothing', async (_label, table, column, value) => {
    const path = editBackup(await exportBackup(temp.diary), ({ tables }) => {
      const row = tables[table]?.[0]
      if (row) row[column] = value
    })
    const before = snapshot(temp.diary.db)
    const result = await restore(path)
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    if (!result.ok) expect(result.error.message).toContain(table)
    expect(snapshot(temp.diary.db)).toEqual(before)
  })
})
