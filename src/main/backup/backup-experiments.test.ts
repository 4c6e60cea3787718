import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTempDiary, snapshot, type TempDiary } from '../../../testing/temp-diary'
import {
  editBackup,
  expectRestored,
  exportBackup,
  readBackup,
  restoreBackup,
} from '../../../testing/backup-files'

// Experiments travel in the JSON backup like every other table (migration 007).
let diary: TempDiary
beforeEach(async () => {
  diary = openTempDiary({ now: () => new Date('2026-12-07T09:00:00') })
  const created = await diary.call('experiments:create', {
    question: 'stretch_routine',
    outcome: 'evening_pain',
    startsOn: '2026-12-07',
    pairs: 6,
    periodDays: 2,
    washoutDays: 0,
  })
  if (!created.ok) throw new Error(created.error.message)
  const recorded = await diary.call('experiments:recordDay', {
    id: (created.value as { id: number }).id,
    date: '2026-12-07',
    adherence: 'did',
  })
  if (!recorded.ok) throw new Error(recorded.error.message)
})
afterEach(() => diary.close())

const restore = (path: string) => restoreBackup(diary, path)

describe('experiments in the JSON backup', () => {
  it('carries every experiment and its planned days, and restores them exactly', async () => {
    const original = snapshot(diary.db)
    // 6 pairs of two 2-day periods.
    expect(original['experiment_days']).toHaveLength(24)
    const path = await exportBackup(diary)
    const file = readBackup(path)
    expect(file.tables['experiments']).toHaveLength(1)
    expect(file.tables['experiment_days']).toHaveLength(24)

    diary.db.exec('DELETE FROM experiments')
    await expectRestored(diary, path, { counts: { experiments: 1, experiment_days: 24 } })
    expect(snapshot(diary.db)).toEqual(original)
  })

  it('restores a backup made before experiments existed, with none', async () => {
    const path = editBackup(await exportBackup(diary), ({ tables }) => {
      delete tables['experiments']
      delete tables['experiment_days']
    })
    expect(await restore(path)).toMatchObject({ ok: true })
    expect(diary.db.prepare('SELECT count(*) FROM experiments').pluck().get()).toBe(0)
    expect(diary.db.prepare('SELECT count(*) FROM experiment_days').pluck().get()).toBe(0)
  })

  it.each([
    ['an unknown outcome', 'experiments', 'outcome', 'mood'],
    ['too few pairs', 'experiments', 'pairs', 2],
    ['an unknown adherence', 'experiment_days', 'adherence', 'maybe'],
    ['a recorded day without its time', 'experiment_days', 'recorded_at', null],
  ])('refuses %s, naming the record, and changes nothing', async (_label, table, column, value) => {
    const path = editBackup(await exportBackup(diary), ({ tables }) => {
      const row = tables[table]?.[0]
      if (row) row[column] = value
    })
    const before = snapshot(diary.db)
    const result = await restore(path)
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    if (!result.ok) expect(result.error.message).toContain(table)
    expect(snapshot(diary.db)).toEqual(before)
  })
})
