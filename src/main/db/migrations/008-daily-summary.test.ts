import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  keptAndRebuilt,
  raiseReached,
  summaryWriter,
} from '../../../../testing/daily-summary-writes'
import { seededRandom } from '../../../../testing/seeded-random'
import { migration008, DAILY_SUMMARY_COLUMNS, DAILY_SUMMARY_REBUILD_SQL } from './008-daily-summary'
import { migrations } from './index'

const NOW = '2026-12-07T08:00:00.000Z'
// Thousands of writes: a minute on a loaded machine, a few seconds on a quiet one.
const SLOW = { timeout: 300_000 }

describe('migration 008: the daily summary', () => {
  let db: Database.Database
  beforeEach(() => {
    db = new Database(':memory:')
    db.pragma('foreign_keys = ON')
  })
  afterEach(() => db.close())

  it('is registered at its version, as a STRICT table', () => {
    expect(migrations.indexOf(migration008)).toBe(migration008.version - 1)
    for (const m of migrations.slice(0, migration008.version)) m.up(db)
    expect(
      db.prepare("SELECT strict, wr FROM pragma_table_list WHERE name = 'daily_summary'").get(),
    ).toEqual({ strict: 1, wr: 0 })
  })

  it('fills the summary from the check-ins already in the diary', SLOW, () => {
    for (const m of migrations.slice(0, migration008.version - 1)) m.up(db)
    const write = summaryWriter(db, seededRandom(7))
    for (let i = 0; i < 600; i++) write()
    const add = db.prepare(
      `INSERT INTO checkins (date, slot, recorded_at, pain, stiffness, stiffness_minutes,
         spasm_frequency, spasm_severity, sleep_interrupted, created_at, updated_at)
       VALUES ('2026-03-10', ?, '${NOW}', ?, ?, ?, ?, ?, ?, '${NOW}', '${NOW}')`,
    )
    add.run('morning', 6, 7, 45, 2, 1, 0)
    const evening = Number(add.run('evening', 4, 3, null, 1, 3, 1).lastInsertRowid)
    add.run('other', 8, 8, null, 4, 2, 0)
    db.prepare('INSERT INTO day_checklists (checkin_id, answered_at) VALUES (?, ?)').run(
      evening,
      NOW,
    )
    for (const code of ['poor_sleep', 'high_stress'])
      db.prepare('INSERT INTO day_factors (checkin_id, code) VALUES (?, ?)').run(evening, code)

    migration008.up(db)
    const [kept, rebuilt] = keptAndRebuilt(db, DAILY_SUMMARY_COLUMNS, DAILY_SUMMARY_REBUILD_SQL)
    expect(kept.length).toBeGreaterThan(30)
    expect(kept).toEqual(rebuilt)
    expect(
      db
        .prepare(`SELECT ${DAILY_SUMMARY_COLUMNS} FROM daily_summary WHERE date = '2026-03-10'`)
        .get(),
    ).toEqual({
      id: 2461109,
      date: '2026-03-10',
      checkins: 3,
      morning_pain: 6,
      morning_stiffness: 7,
      stiffness_minutes: 45,
      evening_pain: 4,
      evening_stiffness: 3,
      spasm_frequency_max: 4,
      spasm_frequency_sum: 7,
      spasm_severity_max: 3,
      sleep_interrupted: 1,
      episode_id: null,
      factors_answered: 1,
      day_factors: 'high_stress,poor_sleep',
    })
  })

  it('stays exact through thousands of random writes and deletes', SLOW, () => {
    for (const m of migrations.slice(0, migration008.version)) m.up(db)
    const write = summaryWriter(db, seededRandom(25))
    // Every kind of value the writes were meant to reach was reached in some round.
    const reached = { days: 0, episodes: 0, answered: 0, factors: 0 }
    for (let round = 0; round < 8; round++) {
      for (let i = 0; i < 500; i++) write()
      const [kept, rebuilt] = keptAndRebuilt(db, DAILY_SUMMARY_COLUMNS, DAILY_SUMMARY_REBUILD_SQL)
      expect(kept).toEqual(rebuilt)
      const now = db
        .prepare<[], typeof reached>(
          `SELECT count(*) AS days, count(episode_id) AS episodes,
             total(factors_answered) AS answered, count(day_factors) AS factors
           FROM daily_summary`,
        )
        .get()
      raiseReached(reached, now)
    }
    expect(reached.days).toBeGreaterThan(20)
    expect(reached.episodes).toBeGreaterThan(0)
    expect(reached.answered).toBeGreaterThan(0)
    expect(reached.factors).toBeGreaterThan(0)
  })
})
