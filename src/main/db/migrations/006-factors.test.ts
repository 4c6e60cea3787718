import { describe, expect, it } from 'vitest'
import { FACTOR_CODES } from '../../../shared/clinical/factors'
import {
  expectUpgradeFromPrevious,
  migratedPerTest,
  rowCount,
  strictTables,
} from '../../../../testing/migration-db'
import { migration006 } from './006-factors'
import { migrations } from './index'

const NOW = '2026-11-25T08:00:00.000Z'
const fresh = migratedPerTest(migration006)

function episode(startedOn = '2026-11-20', endedOn: string | null = '2026-11-22'): number {
  return Number(
    fresh.db
      .prepare(
        `INSERT INTO episodes (started_on, ended_on, region, side, created_at, updated_at)
         VALUES (?, ?, 'lower', 'left', '${NOW}', '${NOW}')`,
      )
      .run(startedOn, endedOn).lastInsertRowid,
  )
}
function checkin(slot: 'morning' | 'evening' | 'other', date = '2026-11-24'): number {
  return Number(
    fresh.db
      .prepare(
        `INSERT INTO checkins (date, slot, recorded_at, pain, stiffness, spasm_frequency,
           created_at, updated_at)
         VALUES (?, ?, '${NOW}', 3, 3, 0, '${NOW}', '${NOW}')`,
      )
      .run(date, slot).lastInsertRowid,
  )
}
const onsetChecklist = (episodeId: number, note = '') =>
  fresh.db
    .prepare(`INSERT INTO onset_checklists (episode_id, other_note, answered_at) VALUES (?, ?, ?)`)
    .run(episodeId, note, NOW)
const onsetFactor = (episodeId: number, code: unknown) =>
  fresh.db
    .prepare(`INSERT INTO onset_factors (episode_id, code) VALUES (?, ?)`)
    .run(episodeId, code)
const dayChecklist = (checkinId: number) =>
  fresh.db
    .prepare(`INSERT INTO day_checklists (checkin_id, answered_at) VALUES (?, ?)`)
    .run(checkinId, NOW)
const dayFactor = (checkinId: number, code: unknown) =>
  fresh.db.prepare(`INSERT INTO day_factors (checkin_id, code) VALUES (?, ?)`).run(checkinId, code)
const count = (table: string) => rowCount(fresh.db, table)

describe('migration 006: factors before onset and on evening check-ins', () => {
  it('is registered at its version', () => {
    expect(migrations.indexOf(migration006)).toBe(migration006.version - 1)
  })

  it('creates four STRICT tables', () => {
    const tables = ['onset_checklists', 'onset_factors', 'day_checklists', 'day_factors']
    expect(strictTables(fresh.db, tables)).toEqual([
      { name: 'day_checklists', strict: 1 },
      { name: 'day_factors', strict: 1 },
      { name: 'onset_checklists', strict: 1 },
      { name: 'onset_factors', strict: 1 },
    ])
  })

  it('accepts every factor of the catalogue, in both tables, and nothing else', () => {
    const e = episode()
    const c = checkin('evening')
    onsetChecklist(e, 'Moved house')
    dayChecklist(c)
    for (const code of FACTOR_CODES) {
      onsetFactor(e, code)
      dayFactor(c, code)
    }
    expect(count('onset_factors')).toBe(FACTOR_CODES.length)
    expect(count('day_factors')).toBe(FACTOR_CODES.length)
    for (const bad of ['sitting', 'LONG_SITTING', '', 3]) {
      expect(() => onsetFactor(e, bad)).toThrow(/CHECK|cannot store/)
      expect(() => dayFactor(c, bad)).toThrow(/CHECK|cannot store/)
    }
  })

  it('refuses a factor without its answered checklist, a second checklist, a long note', () => {
    const e = episode()
    expect(() => onsetFactor(e, 'poor_sleep')).toThrow(/FOREIGN KEY/)
    onsetChecklist(e)
    expect(() => onsetChecklist(e)).toThrow(/UNIQUE|PRIMARY KEY/)
    onsetFactor(e, 'poor_sleep')
    expect(() => onsetFactor(e, 'poor_sleep')).toThrow(/UNIQUE|PRIMARY KEY/)
    expect(() => onsetChecklist(episode('2026-10-01', '2026-10-02'), 'x'.repeat(201))).toThrow(
      /CHECK/,
    )
    expect(() => onsetChecklist(999)).toThrow(/FOREIGN KEY/)
    const c = checkin('evening')
    expect(() => dayFactor(c, 'poor_sleep')).toThrow(/FOREIGN KEY/)
  })

  it('keeps day factors on evening check-ins only', () => {
    const morning = checkin('morning')
    const flare = checkin('other')
    const evening = checkin('evening')
    expect(() => dayChecklist(morning)).toThrow(/evening check-in/)
    expect(() => dayChecklist(flare)).toThrow(/evening check-in/)
    expect(() => dayChecklist(12345)).toThrow(/evening check-in/)
    dayChecklist(evening)
    expect(() =>
      fresh.db.prepare(`UPDATE checkins SET slot = 'other' WHERE id = ?`).run(evening),
    ).toThrow(/evening check-in/)
    expect(() => fresh.db.prepare(`UPDATE day_checklists SET checkin_id = ?`).run(morning)).toThrow(
      /evening check-in/,
    )
    // Without a checklist an evening entry may still become a flare-up.
    const other = checkin('evening', '2026-11-23')
    fresh.db.prepare(`UPDATE checkins SET slot = 'other' WHERE id = ?`).run(other)
  })

  it('removes checklists and their factors with their episode or check-in', () => {
    const e = episode()
    onsetChecklist(e)
    onsetFactor(e, 'heavy_lifting')
    const c = checkin('evening')
    dayChecklist(c)
    dayFactor(c, 'long_drive')
    fresh.db.prepare('DELETE FROM episodes').run()
    fresh.db.prepare('DELETE FROM checkins').run()
    for (const table of ['onset_checklists', 'onset_factors', 'day_checklists', 'day_factors']) {
      expect(count(table)).toBe(0)
    }
  })

  it('lists exactly the codes of the catalogue in its CHECKs', () => {
    const sql = fresh.db
      .prepare<[], string>(`SELECT sql FROM sqlite_schema WHERE name = 'onset_factors'`)
      .pluck()
      .get()
    const listed = [...(sql ?? '').matchAll(/'([a-z_]+)'/g)].map((m) => m[1])
    expect(listed).toEqual([...FACTOR_CODES])
  })

  it('upgrades a diary of the previous version without touching its entries', () => {
    expectUpgradeFromPrevious(
      migration006,
      (old) =>
        old
          .prepare(
            `INSERT INTO episodes (started_on, ended_on, region, side, created_at, updated_at)
             VALUES ('2026-11-01', NULL, 'mid', 'both', '${NOW}', '${NOW}')`,
          )
          .run(),
      (upgraded) => {
        expect(upgraded.prepare('SELECT region FROM episodes').pluck().all()).toEqual(['mid'])
        expect(rowCount(upgraded, 'onset_checklists')).toBe(0)
      },
    )
  })
})
