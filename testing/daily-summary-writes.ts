import type Database from 'better-sqlite3'
import { FACTOR_CODES } from '../src/shared/clinical/factors'
import { relinkEntries } from '../src/main/episodes/episode-links'

/*
 * Random writes to a diary's check-ins, episodes, day checklists and factors, and the daily
 * summary as kept next to a rebuild from scratch: the migrations that keep the summary are
 * tested by writing thousands of these and comparing.
 */

const NOW = '2026-12-07T08:00:00.000Z'
const SLOTS = ['morning', 'evening', 'other'] as const

export const keptRows = (db: Database.Database, columns: string) =>
  db.prepare(`SELECT ${columns} FROM daily_summary ORDER BY date`).all()

/** The summary as kept next to the same rows computed from scratch now. */
export function keptAndRebuilt(
  db: Database.Database,
  columns: string,
  rebuildSql: string,
): [unknown[], unknown[]] {
  const kept = keptRows(db, columns)
  db.exec('DROP TABLE IF EXISTS temp.rebuilt')
  db.exec(`CREATE TEMP TABLE rebuilt AS SELECT ${columns} FROM daily_summary WHERE 0`)
  db.exec(`INSERT INTO temp.rebuilt ${rebuildSql}`)
  const rebuilt = db.prepare('SELECT * FROM temp.rebuilt ORDER BY date').all()
  return [kept, rebuilt]
}

/**
 * Two random episode writes, as the app makes them: one added, ongoing or ending by `endBy`
 * (links follow), and one deleted (ON DELETE SET NULL unlinks its entries; the app then
 * relinks them, here half the time). Derived rows must follow either way.
 */
export function episodeWrites(
  db: Database.Database,
  next: () => number,
  date: () => string,
  endBy: string,
): (() => void)[] {
  const regions = ['lower', 'mid', 'upper'] as const
  return [
    () => {
      const start = date()
      const end = next() < 0.3 ? null : start < endBy ? endBy : start
      try {
        db.prepare(
          `INSERT INTO episodes (started_on, ended_on, region, side, created_at, updated_at)
           VALUES (?, ?, ?, 'left', '${NOW}', '${NOW}')`,
        ).run(start, end, regions[Math.floor(next() * regions.length)])
      } catch {
        // A second ongoing episode of a region.
      }
      relinkEntries(db)
    },
    () => {
      const ids = db.prepare<[], number>('SELECT id FROM episodes').pluck().all()
      const id = ids[Math.floor(next() * ids.length)]
      if (id === undefined) return
      db.prepare('DELETE FROM episodes WHERE id = ?').run(id)
      if (next() < 0.5) relinkEntries(db)
    },
  ]
}

/** Raises each count of `reached` to `now`'s where higher: what some round of writes reached. */
export function raiseReached<K extends string>(
  reached: Record<K, number>,
  now: Record<K, number> | undefined,
): void {
  for (const key of Object.keys(reached) as K[])
    reached[key] = Math.max(reached[key], now?.[key] ?? 0)
}

/** One random write per call, drawn with `next` (a seeded generator). */
export function summaryWriter(db: Database.Database, next: () => number): () => void {
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
    ...episodeWrites(db, next, date, '2026-02-20'),
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
