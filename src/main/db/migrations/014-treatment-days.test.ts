import type Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migratedTo, strictTables } from '../../../../testing/migration-db'
import { namedParams, queryPlan } from '../../../../testing/query-plans'
import { episodeWrites, raiseReached } from '../../../../testing/daily-summary-writes'
import { seededRandom } from '../../../../testing/seeded-random'
import { tenYearDiaryPerFile } from '../../../../testing/ten-year-diary'
import { MEANINGFUL_DROP_PARAMS, meaningfulDropSql } from '../../clinical/meaningful-drop'
import { relinkEntries } from '../../episodes/episode-links'
import { INSIGHT_PHASES_SQL, readsInKindOrder } from '../../insights/treatments.query'
import { EARLY_PHASE_LAST_DAY, SETTLING_PHASE_LAST_DAY } from '../../../shared/clinical/insights'
import { TREATMENT_KINDS } from '../../../shared/domain/treatment'
import {
  TREATMENT_DAYS_COLUMNS,
  TREATMENT_DAYS_REBUILD_SQL,
  migration014,
} from './014-treatment-days'
import { migrations } from './index'

const NOW = '2026-12-08T08:00:00.000Z'
// Thousands of writes: a minute on a loaded machine, a few seconds on a quiet one.
const SLOW = { timeout: 300_000 }

const kept = (db: Database.Database) =>
  db.prepare(`SELECT ${TREATMENT_DAYS_COLUMNS} FROM treatment_days ORDER BY id`).all()

/** Every session's row from scratch, under the kept table's column names. */
const rebuiltRows = (db: Database.Database) =>
  db
    .prepare(
      `WITH rebuilt (${TREATMENT_DAYS_COLUMNS}) AS (${TREATMENT_DAYS_REBUILD_SQL})
       SELECT * FROM rebuilt ORDER BY id`,
    )
    .all()

/**
 * One random write per call, drawn with `next`, to treatments and episodes as the app writes
 * them (links follow the dates, `relinkEntries`), and as it does not (an episode deleted without
 * relinking, a link set by hand): the kept rows must follow either way.
 */
function treatmentWriter(db: Database.Database, next: () => number): () => void {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1))
  const day = () => `2026-0${int(1, 3)}-${String(int(1, 28)).padStart(2, '0')}`
  const at = () => `${day()}T${String(int(0, 23)).padStart(2, '0')}:${pick(['00', '30', '59'])}`
  const pain = () => (next() < 0.2 ? null : int(0, 10))
  const ids = (table: string) => db.prepare<[], number>(`SELECT id FROM ${table}`).pluck().all()
  const anyId = (table: string) => {
    const list = ids(table)
    return list[Math.floor(next() * list.length)]
  }
  const addTreatment = () => {
    db.prepare(
      `INSERT INTO treatments (kind, started_at, pain_before, pain_after, notes, created_at,
         updated_at) VALUES (?, ?, ?, ?, '', '${NOW}', '${NOW}')`,
    ).run(pick(TREATMENT_KINDS), at(), pain(), pain())
    relinkEntries(db)
  }
  const ops: (() => void)[] = [
    addTreatment,
    addTreatment,
    () => {
      const id = anyId('treatments')
      if (id === undefined) return
      const column = pick(['kind', 'started_at', 'pain_before', 'pain_after', 'notes'])
      const value =
        column === 'kind'
          ? pick(TREATMENT_KINDS)
          : column === 'started_at'
            ? at()
            : column === 'notes'
              ? 'n'
              : pain()
      db.prepare(`UPDATE treatments SET ${column} = ? WHERE id = ?`).run(value, id)
      if (column === 'started_at') relinkEntries(db)
    },
    () => {
      const id = anyId('treatments')
      if (id !== undefined) db.prepare('DELETE FROM treatments WHERE id = ?').run(id)
    },
    ...episodeWrites(db, next, day, '2026-03-10'),
    () => {
      // A moved start changes the day of every session of the episode, links or not.
      const id = anyId('episodes')
      if (id === undefined) return
      try {
        db.prepare('UPDATE episodes SET started_on = ? WHERE id = ?').run(day(), id)
      } catch {
        // An end before the new start.
      }
      if (next() < 0.5) relinkEntries(db)
    },
    () => {
      // A link set by hand, as an older version might have left it.
      const id = anyId('treatments')
      if (id !== undefined)
        db.prepare('UPDATE treatments SET episode_id = ? WHERE id = ?').run(
          anyId('episodes') ?? null,
          id,
        )
    },
    () => {
      // A restore deletes every row and writes them back, in one transaction.
      db.transaction(() => {
        const treatments = db.prepare('SELECT * FROM treatments').all()
        const episodes = db.prepare('SELECT * FROM episodes').all()
        db.exec('DELETE FROM treatments; DELETE FROM episodes;')
        const put = (table: string, rows: unknown[]) => {
          for (const row of rows as Record<string, unknown>[]) {
            const columns = Object.keys(row)
            db.prepare(
              `INSERT INTO ${table} (${columns.join(', ')})
               VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
            ).run(row)
          }
        }
        put('episodes', episodes)
        put('treatments', treatments)
      })()
    },
    () => {
      // A transaction that fails half-way leaves the rows as they were.
      try {
        db.transaction(() => {
          addTreatment()
          db.prepare('DELETE FROM treatments WHERE id = (SELECT min(id) FROM treatments)').run()
          throw new Error('refused')
        })()
      } catch {
        // expected
      }
    },
  ]
  return () => pick(ops)()
}

describe('migration 014: treatment sessions by day of their episode', () => {
  it('is registered at its version, as a STRICT table', () => {
    expect(migrations.indexOf(migration014)).toBe(migration014.version - 1)
    const db = migratedTo(migration014.version)
    expect(strictTables(db, ['treatment_days'])).toEqual([{ name: 'treatment_days', strict: 1 }])
    db.close()
  })

  it('fills the rows from the sessions already in the diary', () => {
    const db = migratedTo(migration014.version - 1)
    const write = treatmentWriter(db, seededRandom(14))
    for (let i = 0; i < 800; i++) write()
    db.prepare(
      `INSERT INTO episodes (started_on, ended_on, region, side, created_at, updated_at)
       VALUES ('2025-05-10', '2025-05-20', 'lower', 'left', '${NOW}', '${NOW}')`,
    ).run()
    const add = db.prepare(
      `INSERT INTO treatments (kind, started_at, pain_before, pain_after, notes, created_at,
         updated_at) VALUES ('heat', ?, 6, NULL, '', '${NOW}', '${NOW}')`,
    )
    const first = Number(add.run('2025-05-10T00:00').lastInsertRowid)
    const eighth = Number(add.run('2025-05-17T23:59').lastInsertRowid)
    const outside = Number(add.run('2025-05-21T08:00').lastInsertRowid)
    relinkEntries(db)

    migration014.up(db)
    expect(kept(db).length).toBeGreaterThan(30)
    expect(kept(db)).toEqual(rebuiltRows(db))
    const dayOf = (id: number) =>
      db.prepare('SELECT episode_day FROM treatment_days WHERE id = ?').pluck().get(id)
    expect([dayOf(first), dayOf(eighth), dayOf(outside)]).toEqual([1, 8, null])
    db.close()
  })

  it('stays exact through thousands of random writes, moves, deletes and restores', SLOW, () => {
    const db = migratedTo(migration014.version)
    const write = treatmentWriter(db, seededRandom(2026))
    // Every kind of row the writes were meant to reach was reached in some round.
    const reached = { sessions: 0, inEpisodes: 0, outside: 0, laterDays: 0 }
    for (let round = 0; round < 8; round++) {
      // Checked after each write: a later restore would mend what an earlier write left wrong.
      for (let i = 0; i < 250; i++) {
        write()
        expect(kept(db)).toEqual(rebuiltRows(db))
      }
      const now = db
        .prepare<[], typeof reached>(
          `SELECT count(*) AS sessions, count(episode_day) AS inEpisodes,
             count(*) - count(episode_day) AS outside,
             count(CASE WHEN episode_day > 7 THEN 1 END) AS laterDays
           FROM treatment_days`,
        )
        .get()
      raiseReached(reached, now)
    }
    expect(reached.sessions).toBeGreaterThan(50)
    expect(reached.inEpisodes).toBeGreaterThan(0)
    expect(reached.outside).toBeGreaterThan(0)
    expect(reached.laterDays).toBeGreaterThan(0)
    db.close()
  })
})

/**
 * What helps when as it was answered before this migration: every session joined to its
 * episode and sorted by kind and phase. The new statement must answer the same.
 */
const PHASES_BY_JOIN_SQL = `
  WITH eps AS MATERIALIZED (
    SELECT e.id, date(e.started_on, '+' || :earlyLastDay || ' days') AS settling_from,
      date(e.started_on, '+' || :settlingLastDay || ' days') AS later_from
    FROM episodes e
    WHERE e.started_on <= :to AND coalesce(e.ended_on, :today) >= :from
  ),
  sessions AS (
    SELECT t.kind, t.pain_before - t.pain_after AS change, t.pain_before AS before,
      t.pain_after AS after,
      CASE WHEN t.started_at < eps.settling_from THEN 'early'
        WHEN t.started_at < eps.later_from THEN 'settling' ELSE 'later' END AS phase
    FROM eps CROSS JOIN treatments t ON t.episode_id = eps.id
    WHERE t.started_at >= :from AND t.started_at < date(:to, '+1 day')
    UNION ALL
    SELECT t.kind, t.pain_before - t.pain_after, t.pain_before, t.pain_after, 'outside'
    FROM treatments t
    WHERE t.episode_id IS NULL AND t.started_at >= :from AND t.started_at < date(:to, '+1 day')
  )
  SELECT kind, phase, count(*) AS sessions, count(change) AS ratedSessions,
    avg(change) AS meanChange,
    count(CASE WHEN ${meaningfulDropSql('before', 'after')} THEN 1 END) AS meaningfulDrops
  FROM sessions
  GROUP BY kind, phase`

const PHASE_PARAMS = {
  ...MEANINGFUL_DROP_PARAMS,
  earlyLastDay: EARLY_PHASE_LAST_DAY,
  settlingLastDay: SETTLING_PHASE_LAST_DAY,
  today: '2026-03-28',
}

function answers(
  db: Database.Database,
  sql: string,
  range: { from: string; to: string },
  kindOrder = 0,
) {
  const params = { ...PHASE_PARAMS, ...range, kindOrder }
  return db
    .prepare(sql)
    .all(namedParams(sql, params))
    .map((row) => JSON.stringify(row))
    .sort()
}

describe('what helps when, from the kept days', () => {
  it('answers what the join over episodes answered, range by range', SLOW, () => {
    const db = migratedTo(migration014.version)
    const write = treatmentWriter(db, seededRandom(99))
    const ranges = [
      { from: '2026-01-01', to: '2026-03-28' },
      { from: '2026-02-01', to: '2026-02-28' },
      { from: '2026-01-15', to: '2026-01-15' },
      { from: '2026-03-05', to: '2026-03-20' },
    ]
    let compared = 0
    for (let round = 0; round < 6; round++) {
      for (let i = 0; i < 300; i++) write()
      // As the app keeps them: every link covers its session's date.
      relinkEntries(db)
      for (const range of ranges) {
        const before = answers(db, PHASES_BY_JOIN_SQL, range)
        // Both ways of reading the sessions: in kind order, and the range sorted.
        expect(answers(db, INSIGHT_PHASES_SQL, range, 1)).toEqual(before)
        expect(answers(db, INSIGHT_PHASES_SQL, range, 0)).toEqual(before)
        compared += before.length
      }
    }
    expect(compared).toBeGreaterThan(100)
    db.close()
  })

  describe('at ten years', () => {
    const big = tenYearDiaryPerFile()
    const plan = (kindOrder: number, from: string) =>
      queryPlan(big.db, INSIGHT_PHASES_SQL, {
        ...PHASE_PARAMS,
        from,
        to: '2026-11-24',
        kindOrder,
      })
    // Both branches are planned; the one the parameter turns off stops before its first row.
    it('reads treatment_days by kind in order, or the range by start, never the treatments', () => {
      for (const [kindOrder, from] of [
        [1, '2016-11-27'],
        [0, '2026-08-26'],
      ] as const) {
        expect(plan(kindOrder, from)).toEqual([
          'CO-ROUTINE days',
          'COMPOUND QUERY',
          'LEFT-MOST SUBQUERY',
          'SCAN s USING COVERING INDEX treatment_days_by_kind',
          'UNION ALL',
          'SEARCH s USING COVERING INDEX treatment_days_by_start (started_at>? AND started_at<?)',
          'USE TEMP B-TREE FOR GROUP BY',
          'SCAN days',
          'USE TEMP B-TREE FOR GROUP BY',
        ])
      }
    })
  })
})

describe('which way what helps when reads its sessions', () => {
  const first = '2016-11-27'
  it.each([
    ['the whole diary', { from: first, to: '2026-11-24' }, first, true],
    ['a fifth of the diary', { from: '2024-11-24', to: '2026-11-24' }, first, true],
    ['a year of ten', { from: '2025-11-25', to: '2026-11-24' }, first, false],
    ['three months of ten years', { from: '2026-08-26', to: '2026-11-24' }, first, false],
    ['a range from before the first day', { from: '2016-01-01', to: '2026-11-24' }, first, true],
    ['an empty diary', { from: '2026-08-26', to: '2026-11-24' }, undefined, true],
  ] as const)('%s', (_name, range, firstDay, kindOrder) => {
    expect(readsInKindOrder(range, firstDay)).toBe(kindOrder)
  })
})
