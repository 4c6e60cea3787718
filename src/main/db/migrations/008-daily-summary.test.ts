import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FACTOR_CODES } from '../../../shared/clinical/factors'
import { openTempDiary } from '../../../../testing/temp-diary'
import { exportBackup, replaceDiary } from '../../backup/backup.repo'
import { relinkEntries } from '../../episodes/episode-links'
import { migration008, DAILY_SUMMARY_COLUMNS, DAILY_SUMMARY_REBUILD_SQL } from './008-daily-summary'
import { migrations } from './index'

const NOW = '2026-12-07T08:00:00.000Z'
const SLOTS = ['morning', 'evening', 'other'] as const
// Thousands of writes: a minute on a loaded machine, a few seconds on a quiet one.
const SLOW = { timeout: 300_000 }

/** A small seeded generator (mulberry32): the same writes on every run. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const keptRows = (db: Database.Database) =>
  db.prepare(`SELECT ${DAILY_SUMMARY_COLUMNS} FROM daily_summary ORDER BY date`).all()

/** The summary as kept next to the same rows computed from scratch now. */
function keptAndRebuilt(db: Database.Database): [unknown[], unknown[]] {
  const kept = keptRows(db)
  db.exec('DROP TABLE IF EXISTS temp.rebuilt')
  db.exec(`CREATE TEMP TABLE rebuilt AS SELECT ${DAILY_SUMMARY_COLUMNS} FROM daily_summary WHERE 0`)
  db.exec(`INSERT INTO temp.rebuilt ${DAILY_SUMMARY_REBUILD_SQL}`)
  const rebuilt = db.prepare('SELECT * FROM temp.rebuilt ORDER BY date').all()
  return [kept, rebuilt]
}

function writer(db: Database.Database, next: () => number) {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T
  // An id to change or delete, or none while the table is empty.
  const pickId = (list: readonly number[]): number | undefined =>
    list[Math.floor(next() * list.length)]
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1))
  const date = () =>
    `2026-${String(int(1, 2)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`
  const ids = (table: string, where = '1', id = 'id') =>
    db.prepare<[], number>(`SELECT ${id} FROM ${table} WHERE ${where}`).pluck().all()
  const insertCheckin = db.prepare(
    `INSERT OR IGNORE INTO checkins (date, slot, recorded_at, pain, stiffness, stiffness_minutes,
       spasm_frequency, spasm_severity, sleep_interrupted, episode_id, created_at, updated_at)
     VALUES (:date, :slot, '${NOW}', :pain, :stiffness, :minutes, :frequency, :severity, :sleep,
       NULL, '${NOW}', '${NOW}')`,
  )
  const checkin = () => {
    const slot = pick(SLOTS)
    const frequency = int(0, 4)
    insertCheckin.run({
      date: date(),
      slot,
      pain: int(0, 10),
      stiffness: int(0, 10),
      minutes: slot === 'morning' && next() < 0.8 ? int(0, 240) : null,
      frequency,
      severity: frequency > 0 ? int(1, 3) : null,
      sleep: int(0, 1),
    })
  }
  const ops: (() => void)[] = [
    checkin,
    checkin,
    checkin,
    () => {
      const id = pickId(ids('checkins'))
      if (id === undefined) return
      const column = pick(['pain', 'stiffness', 'sleep_interrupted', 'notes'])
      const value =
        column === 'sleep_interrupted' ? int(0, 1) : column === 'notes' ? 'n' : int(0, 10)
      db.prepare(`UPDATE checkins SET ${column} = ? WHERE id = ?`).run(value, id)
    },
    () => {
      // Moving an entry to another day, or another slot, changes two days at once.
      const id = pickId(ids('checkins'))
      if (id === undefined) return
      try {
        if (next() < 0.5) db.prepare('UPDATE checkins SET date = ? WHERE id = ?').run(date(), id)
        else {
          db.prepare(`UPDATE checkins SET slot = ?, stiffness_minutes = NULL WHERE id = ?`).run(
            pick(SLOTS),
            id,
          )
        }
      } catch {
        // A taken slot or an evening with day factors: refused, nothing changed.
      }
    },
    () => {
      const id = pickId(ids('checkins'))
      if (id !== undefined) db.prepare('DELETE FROM checkins WHERE id = ?').run(id)
    },
    () => {
      const start = date()
      const end = next() < 0.3 ? null : start < '2026-02-20' ? '2026-02-20' : start
      try {
        db.prepare(
          `INSERT INTO episodes (started_on, ended_on, region, side, created_at, updated_at)
           VALUES (?, ?, ?, 'left', '${NOW}', '${NOW}')`,
        ).run(start, end, pick(['lower', 'mid', 'upper']))
      } catch {
        // A second ongoing episode of a region.
      }
      relinkEntries(db)
    },
    () => {
      // ON DELETE SET NULL unlinks the episode's check-ins; the summary follows.
      const id = pickId(ids('episodes'))
      if (id === undefined) return
      db.prepare('DELETE FROM episodes WHERE id = ?').run(id)
      // As the app does: the days the episode covered may now be another's.
      if (next() < 0.5) relinkEntries(db)
    },
    () => {
      const id = pickId(ids('checkins', "slot = 'evening'"))
      if (id !== undefined) {
        db.prepare(
          'INSERT OR IGNORE INTO day_checklists (checkin_id, answered_at) VALUES (?, ?)',
        ).run(id, NOW)
      }
    },
    () => {
      const id = pickId(ids('day_checklists', '1', 'checkin_id'))
      if (id !== undefined) {
        db.prepare('INSERT OR IGNORE INTO day_factors (checkin_id, code) VALUES (?, ?)').run(
          id,
          pick(FACTOR_CODES),
        )
      }
    },
    () => {
      const row = db
        .prepare<[], { checkin_id: number; code: string }>(
          'SELECT checkin_id, code FROM day_factors ORDER BY random() LIMIT 1',
        )
        .get()
      if (row)
        db.prepare('DELETE FROM day_factors WHERE checkin_id = ? AND code = ?').run(
          row.checkin_id,
          row.code,
        )
    },
    () => {
      const id = pickId(ids('day_checklists', '1', 'checkin_id'))
      if (id !== undefined) db.prepare('DELETE FROM day_checklists WHERE checkin_id = ?').run(id)
    },
    () => {
      // A transaction that fails half-way leaves the summary as it was.
      try {
        db.transaction(() => {
          checkin()
          db.prepare('DELETE FROM checkins WHERE id = (SELECT min(id) FROM checkins)').run()
          throw new Error('refused')
        })()
      } catch {
        // expected
      }
    },
  ]
  return () => pick(ops)()
}

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
    const write = writer(db, random(7))
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
    const [kept, rebuilt] = keptAndRebuilt(db)
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
    const write = writer(db, random(25))
    // Every kind of value the writes were meant to reach was reached in some round.
    const reached = { days: 0, episodes: 0, answered: 0, factors: 0 }
    for (let round = 0; round < 8; round++) {
      for (let i = 0; i < 500; i++) write()
      const [kept, rebuilt] = keptAndRebuilt(db)
      expect(kept).toEqual(rebuilt)
      const now = db
        .prepare<[], typeof reached>(
          `SELECT count(*) AS days, count(episode_id) AS episodes,
             total(factors_answered) AS answered, count(day_factors) AS factors
           FROM daily_summary`,
        )
        .get()
      for (const key of Object.keys(reached) as (keyof typeof reached)[])
        reached[key] = Math.max(reached[key], now?.[key] ?? 0)
    }
    expect(reached.days).toBeGreaterThan(20)
    expect(reached.episodes).toBeGreaterThan(0)
    expect(reached.answered).toBeGreaterThan(0)
    expect(reached.factors).toBeGreaterThan(0)
  })

  it('follows a restore, and a refused restore changes nothing', SLOW, () => {
    const source = openTempDiary()
    const target = openTempDiary()
    try {
      const write = writer(source.db, random(3))
      for (let i = 0; i < 1500; i++) write()
      const fill = writer(target.db, random(4))
      for (let i = 0; i < 500; i++) fill()
      const before = keptRows(target.db)

      relinkEntries(source.db)
      const backup = exportBackup(source.db, new Date(NOW))
      const broken = structuredClone(backup.tables)
      // A check-in of an episode the file does not hold: refused half-way through the inserts.
      broken['checkins']?.push({ ...broken['checkins'][0], id: 999_999, episode_id: 999_999 })
      expect(() => replaceDiary(target.db, broken)).toThrow()
      expect(keptRows(target.db)).toEqual(before)

      replaceDiary(target.db, backup.tables)
      const [kept, rebuilt] = keptAndRebuilt(target.db)
      expect(kept).toEqual(rebuilt)
      expect(kept).toEqual(keptRows(source.db))
    } finally {
      source.close()
      target.close()
    }
  })
})
