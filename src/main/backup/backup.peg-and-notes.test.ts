import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTempDiary, snapshot, type TempDiary } from '../../../testing/temp-diary'
import { seedReportFixture } from '../../../testing/report-fixture'

/** PEG answers (migration 005) and "show my doctor" marks (004) in the JSON backup. */

let diary: TempDiary
beforeEach(() => {
  diary = openTempDiary({ now: () => new Date('2026-04-10T09:00:00Z') })
  seedReportFixture(diary.db)
})
afterEach(() => diary.close())

type BackupJson = { schemaVersion: number; tables: Record<string, Record<string, unknown>[]> }

async function exportBackup(): Promise<{ path: string; file: BackupJson }> {
  const path = join(diary.dir, 'backup.json')
  diary.services.nextSavePath = path
  expect(await diary.call('backup:export')).toMatchObject({ ok: true, value: { saved: true } })
  return { path, file: JSON.parse(readFileSync(path, 'utf8')) as BackupJson }
}

async function restore(file: BackupJson) {
  const path = join(diary.dir, 'edited.json')
  writeFileSync(path, JSON.stringify(file))
  diary.services.nextOpenPath = path
  return diary.call('backup:restore')
}

const count = (sql: string) => diary.db.prepare(sql).pluck().get()

describe('backup of PEG answers and notes marked for the doctor', () => {
  it('carries both and restores them exactly', async () => {
    const original = snapshot(diary.db)
    const { file } = await exportBackup()
    expect(file.tables['peg_scores']).toHaveLength(3)
    expect(file.tables['checkins']?.filter((r) => r['note_for_doctor'] === 1)).toHaveLength(1)
    expect(file.tables['episodes']?.filter((r) => r['note_for_doctor'] === 1)).toHaveLength(1)
    diary.db.exec('DELETE FROM peg_scores; UPDATE checkins SET note_for_doctor = 0')
    expect(await restore(file)).toMatchObject({
      ok: true,
      value: { restored: true, counts: { peg_scores: 3 } },
    })
    expect(snapshot(diary.db)).toEqual(original)
  })

  it('keeps a PEG dated after the day the backup was made and names it', async () => {
    const { file } = await exportBackup()
    Object.assign(file.tables['peg_scores']?.[0] ?? {}, { date: '2026-04-11' })
    const result = await restore(file)
    expect(result).toMatchObject({ ok: true, value: { restored: true } })
    if (result.ok) expect(JSON.stringify(result.value)).toMatch(/1 entry is dated after the day/)
    expect(count("SELECT count(*) FROM peg_scores WHERE date = '2026-04-11'")).toBe(1)
  })

  it('restores a backup made before PEG and the marks existed: no PEG, notes unmarked', async () => {
    const { file } = await exportBackup()
    delete file.tables['peg_scores']
    for (const table of ['checkins', 'episodes', 'treatments']) {
      for (const row of file.tables[table] ?? []) delete row['note_for_doctor']
    }
    file.schemaVersion = 2
    expect(await restore(file)).toMatchObject({ ok: true, value: { restored: true } })
    expect(count('SELECT count(*) FROM peg_scores')).toBe(0)
    expect(count('SELECT count(*) FROM checkins WHERE note_for_doctor = 1')).toBe(0)
    expect(count('SELECT count(*) FROM checkins')).toBe(7)
  })

  it.each([
    ['a PEG answer of 11', 'peg_scores', { pain: 11 }, /peg_scores record 1, pain/],
    ['a PEG answer as text', 'peg_scores', { activity: 'five' }, /peg_scores record 1, activity/],
    ['a mark of 2', 'checkins', { note_for_doctor: 2 }, /checkins record 1, note_for_doctor/],
    [
      'a mark as true',
      'treatments',
      { note_for_doctor: true },
      /treatments record 1, note_for_doctor/,
    ],
  ])('refuses %s and changes nothing', async (_label, table, change, message) => {
    const { file } = await exportBackup()
    Object.assign(file.tables[table]?.[0] ?? {}, change)
    diary.db.exec('UPDATE checkins SET pain = 1')
    const before = snapshot(diary.db)
    const result = await restore(file)
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    if (!result.ok) expect(result.error.message).toMatch(message)
    expect(snapshot(diary.db)).toEqual(before)
  })

  it('refuses two PEGs on one date (they do not fit together) and changes nothing', async () => {
    const { file } = await exportBackup()
    const pegs = file.tables['peg_scores'] ?? []
    pegs.push({ ...pegs[1], id: 99 })
    const before = snapshot(diary.db)
    const result = await restore(file)
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    if (!result.ok) expect(result.error.message).toMatch(/records do not fit together/)
    expect(snapshot(diary.db)).toEqual(before)
  })
})
