import { describe, expect, it } from 'vitest'
import { migratedTo } from '../../../../testing/migration-db'
import { migration015 } from './015-drop-outside-episodes-index'
import { migrations } from './index'

const NOW = '2026-12-08T08:00:00.000Z'

const indexes = (db: ReturnType<typeof migratedTo>) =>
  db
    .prepare<[], string>(
      "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'checkins' ORDER BY name",
    )
    .pluck()
    .all()

describe('migration 015: drop the index of check-ins outside episodes', () => {
  it('is registered at its version', () => {
    expect(migrations.indexOf(migration015)).toBe(migration015.version - 1)
  })

  it('drops only that index, keeping every check-in', () => {
    const db = migratedTo(migration015.version - 1)
    db.prepare(
      `INSERT INTO checkins (date, slot, recorded_at, pain, stiffness, spasm_frequency,
         created_at, updated_at)
       VALUES ('2026-03-01', 'evening', '${NOW}', 3, 2, 0, '${NOW}', '${NOW}')`,
    ).run()
    const before = indexes(db)
    const rows = db.prepare('SELECT * FROM checkins').all()
    expect(before).toContain('checkins_outside_episodes')
    migration015.up(db)
    expect(indexes(db)).toEqual(before.filter((name) => name !== 'checkins_outside_episodes'))
    expect(db.prepare('SELECT * FROM checkins').all()).toEqual(rows)
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    db.close()
  })
})
