import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { migrate } from '../database'
import { readMarker, userTables } from '../write-marker'
import { migrations } from './index'
import { MARKER_TABLE, migration003, UNKNOT_APPLICATION_ID } from './003-application-id'

let db: Database.Database
beforeEach(() => {
  db = new Database(':memory:')
  migrate(db, migrations.slice(0, migration003.version - 1))
  db.prepare("INSERT INTO settings (key, value) VALUES ('kept', '1')").run()
})
afterEach(() => db.close())

const upgrade = () => migrate(db, migrations.slice(0, migration003.version))

describe('migration 003: application id and write marker', () => {
  it('is registered at its version', () => {
    expect(migrations[migration003.version - 1]).toBe(migration003)
  })

  it('marks the file as Unknot’s and keeps its entries', () => {
    expect(db.pragma('application_id', { simple: true })).toBe(0)
    upgrade()
    expect(db.pragma('application_id', { simple: true })).toBe(UNKNOT_APPLICATION_ID)
    expect(db.prepare('SELECT value FROM settings').pluck().all()).toEqual(['1'])
  })

  it('adds one marker row with a random journal id, and allows no second', () => {
    upgrade()
    expect(readMarker(db)).toEqual({
      journalId: expect.stringMatching(/^[0-9a-f]{32}$/) as string,
      generation: 0,
    })
    expect(() =>
      db
        .prepare(`INSERT INTO ${MARKER_TABLE} (id, journal_id, generation) VALUES (2, ?, 0)`)
        .run('a'.repeat(32)),
    ).toThrow(/CHECK/)
    expect(() => db.prepare(`UPDATE ${MARKER_TABLE} SET journal_id = 'short'`).run()).toThrow(
      /CHECK/,
    )
  })

  it('every table, and only the diary’s, raises the marker on insert, update and delete', () => {
    upgrade()
    expect(userTables(db)).not.toContain(MARKER_TABLE)
    for (const table of userTables(db)) {
      const triggers = db
        .prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = ?")
        .pluck()
        .get(table)
      expect(triggers, table).toBe(3)
    }
    const generation = () => readMarker(db)?.generation
    db.prepare("INSERT INTO settings (key, value) VALUES ('a', '1')").run()
    expect(generation()).toBe(1)
    db.prepare("UPDATE settings SET value = '2' WHERE key = 'a'").run()
    expect(generation()).toBe(2)
    db.prepare("DELETE FROM settings WHERE key = 'a'").run()
    expect(generation()).toBe(3)
  })
})
