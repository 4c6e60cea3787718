import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { migratedTo, strictTables } from '../../../../testing/migration-db'
import { migrations } from './index'
import { migration004, NOTE_TABLES } from './004-notes-for-doctor'

const STAMP = '2026-01-01T00:00:00.000Z'
let db: Database.Database
beforeEach(() => {
  db = migratedTo(migration004.version - 1)
  // Rows written before the migration must keep working and start unmarked.
  db.prepare(
    `INSERT INTO episodes (started_on, region, side, notes, created_at, updated_at)
     VALUES ('2026-03-01', 'lower', 'left', 'lifted a box', '${STAMP}', '${STAMP}')`,
  ).run()
  db.prepare(
    `INSERT INTO checkins (date, slot, recorded_at, pain, stiffness, spasm_frequency, notes,
       created_at, updated_at)
     VALUES ('2026-03-02', 'morning', '${STAMP}', 5, 4, 0, 'stiff', '${STAMP}', '${STAMP}')`,
  ).run()
  db.prepare(
    `INSERT INTO treatments (kind, started_at, notes, created_at, updated_at)
     VALUES ('heat', '2026-03-02T08:00', 'pad', '${STAMP}', '${STAMP}')`,
  ).run()
  migration004.up(db)
})
afterEach(() => db.close())

describe('migration 004: notes for the doctor', () => {
  it('is registered in its place', () => {
    expect(migrations[migration004.version - 1]).toBe(migration004)
  })

  it.each(NOTE_TABLES)('%s: existing rows start unmarked and can be marked', (table) => {
    expect(db.prepare(`SELECT note_for_doctor FROM ${table}`).pluck().all()).toEqual([0])
    db.prepare(`UPDATE ${table} SET note_for_doctor = 1`).run()
    expect(db.prepare(`SELECT note_for_doctor FROM ${table}`).pluck().all()).toEqual([1])
    expect(strictTables(db, [table])).toEqual([{ name: table, strict: 1 }])
  })

  it.each(
    NOTE_TABLES.flatMap((table) => [
      [table, 2],
      [table, -1],
      [table, null],
      [table, 'yes'],
    ]),
  )('%s refuses note_for_doctor = %j', (table, value) => {
    expect(() => db.prepare(`UPDATE ${table} SET note_for_doctor = ?`).run(value)).toThrow(
      /CHECK|NOT NULL|cannot store/,
    )
    expect(db.prepare(`SELECT note_for_doctor FROM ${table}`).pluck().all()).toEqual([0])
  })
})
