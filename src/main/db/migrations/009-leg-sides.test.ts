import Database from 'better-sqlite3'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LEG_SIDES_BY_SIGN } from '../../../shared/clinical/symptoms'
import { makeTempDir } from '../../../../testing/temp-diary'
import { openDatabase, schemaVersion } from '../database'
import { migration009 } from './009-leg-sides'
import { migrations } from './index'

const NOW = '2026-12-07T08:00:00.000Z'
let db: Database.Database
beforeEach(() => {
  db = new Database(':memory:')
  db.pragma('foreign_keys = ON')
  for (const m of migrations.slice(0, migration009.version)) m.up(db)
  db.prepare(
    `INSERT INTO checkins (id, date, slot, recorded_at, pain, stiffness, spasm_frequency,
       created_at, updated_at)
     VALUES (1, '2026-12-07', 'morning', '${NOW}', 5, 4, 0, '${NOW}', '${NOW}')`,
  ).run()
})
afterEach(() => db.close())

const tick = (code: string, side: unknown) =>
  db
    .prepare(`INSERT INTO checkin_symptoms (checkin_id, code, side) VALUES (1, :code, :side)`)
    .run({ code, side })
const sides = () => db.prepare(`SELECT code, side FROM checkin_symptoms ORDER BY code`).all()

describe('migration 009: which leg a warning sign is about', () => {
  it('is registered at its version', () => {
    expect(migrations.indexOf(migration009)).toBe(migration009.version - 1)
  })

  it('keeps every side the catalogue allows, and no side at all', () => {
    for (const [code, allowed] of Object.entries(LEG_SIDES_BY_SIGN)) {
      for (const side of allowed) {
        tick(code, side)
        db.prepare('DELETE FROM checkin_symptoms WHERE code = :code').run({ code })
      }
      tick(code, null)
    }
    tick('fever', null)
    expect(sides()).toHaveLength(Object.keys(LEG_SIDES_BY_SIGN).length + 1)
  })

  it.each([
    ['both legs on a one-leg sign', 'one_leg_weakness', 'both'],
    ['a side on a sign that is not about a leg', 'fever', 'left'],
    ['an unknown side', 'worsening_leg_weakness', 'middle'],
    ['a number', 'one_leg_weakness', 1],
  ])('refuses %s', (_label, code, side) => {
    expect(() => tick(code, side)).toThrow(/CHECK|cannot store/)
    expect(sides()).toEqual([])
  })

  it('lists exactly the leg signs of the catalogue with their sides', () => {
    const sql = String(
      db.prepare(`SELECT sql FROM sqlite_schema WHERE name = 'checkin_symptoms'`).pluck().get(),
    )
    const clauses = [...sql.matchAll(/code IN \(([^)]*)\) AND side IN \(([^)]*)\)/g)]
    const listed: Record<string, string[]> = {}
    for (const [, codes = '', allowed = ''] of clauses) {
      const sideList = [...allowed.matchAll(/'([a-z]+)'/g)].map((m) => m[1] ?? '')
      for (const [, code = ''] of codes.matchAll(/'([a-z_]+)'/g)) listed[code] = sideList
    }
    expect(listed).toEqual(
      Object.fromEntries(Object.entries(LEG_SIDES_BY_SIGN).map(([c, s]) => [c, [...s]])),
    )
  })

  it('upgrades a diary of the previous version: its ticks keep their code, with no side', () => {
    const dir = makeTempDir()
    try {
      const file = join(dir, 'journal.sqlite')
      const old = openDatabase(file, { migrations: migrations.slice(0, migration009.version - 1) })
      old
        .prepare(
          `INSERT INTO checkins (id, date, slot, recorded_at, pain, stiffness, spasm_frequency,
             created_at, updated_at)
           VALUES (1, '2026-12-01', 'evening', '${NOW}', 6, 4, 0, '${NOW}', '${NOW}')`,
        )
        .run()
      old
        .prepare(`INSERT INTO checkin_symptoms (checkin_id, code) VALUES (1, 'one_leg_weakness')`)
        .run()
      old.close()
      const upgraded = openDatabase(file)
      expect(schemaVersion(upgraded)).toBeGreaterThanOrEqual(migration009.version)
      expect(upgraded.prepare('SELECT code, side FROM checkin_symptoms').all()).toEqual([
        { code: 'one_leg_weakness', side: null },
      ])
      upgraded.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
