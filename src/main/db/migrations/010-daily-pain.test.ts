import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { keptAndRebuilt, keptRows, summaryWriter } from '../../../../testing/daily-summary-writes'
import { seededRandom } from '../../../../testing/seeded-random'
import { openTempDiary } from '../../../../testing/temp-diary'
import { exportBackup, replaceDiary } from '../../backup/backup.repo'
import { relinkEntries } from '../../episodes/episode-links'
import { SUMMARY_TRIGGERS } from './008-daily-summary'
import { migration010, DAILY_SUMMARY_COLUMNS, DAILY_SUMMARY_REBUILD_SQL } from './010-daily-pain'
import { migrations } from './index'

const NOW = '2026-12-07T08:00:00.000Z'
// Thousands of writes: a minute on a loaded machine, a few seconds on a quiet one.
const SLOW = { timeout: 300_000 }

const compare = (db: Database.Database) =>
  keptAndRebuilt(db, DAILY_SUMMARY_COLUMNS, DAILY_SUMMARY_REBUILD_SQL)

describe("migration 010: the day's pain over every check-in", () => {
  let db: Database.Database
  beforeEach(() => {
    db = new Database(':memory:')
    db.pragma('foreign_keys = ON')
  })
  afterEach(() => db.close())

  it('is registered at its version and keeps every trigger of the summary', () => {
    expect(migrations.indexOf(migration010)).toBe(migration010.version - 1)
    for (const m of migrations.slice(0, migration010.version)) m.up(db)
    const triggers = db
      .prepare<[], string>(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'daily_summary_%'",
      )
      .pluck()
      .all()
    expect(triggers.sort()).toEqual([...SUMMARY_TRIGGERS].sort())
  })

  it("fills every date's pain sum, flare-ups included", SLOW, () => {
    for (const m of migrations.slice(0, migration010.version - 1)) m.up(db)
    const write = summaryWriter(db, seededRandom(11))
    for (let i = 0; i < 600; i++) write()
    const add = db.prepare(
      `INSERT INTO checkins (date, slot, recorded_at, pain, stiffness, spasm_frequency,
         created_at, updated_at)
       VALUES ('2026-03-10', ?, '${NOW}', ?, 2, 0, '${NOW}', '${NOW}')`,
    )
    add.run('morning', 6)
    add.run('evening', 4)
    add.run('other', 8)
    const before = keptRows(db, 'date, checkins, morning_pain, evening_pain')

    migration010.up(db)
    const [kept, rebuilt] = compare(db)
    expect(kept.length).toBeGreaterThan(30)
    expect(kept).toEqual(rebuilt)
    // The columns migration 008 kept are unchanged.
    expect(keptRows(db, 'date, checkins, morning_pain, evening_pain')).toEqual(before)
    expect(
      db.prepare("SELECT checkins, pain_sum FROM daily_summary WHERE date = '2026-03-10'").get(),
    ).toEqual({ checkins: 3, pain_sum: 18 })
  })

  it('stays exact through thousands of random writes and deletes', SLOW, () => {
    for (const m of migrations.slice(0, migration010.version)) m.up(db)
    const write = summaryWriter(db, seededRandom(31))
    for (let round = 0; round < 6; round++) {
      for (let i = 0; i < 500; i++) write()
      const [kept, rebuilt] = compare(db)
      expect(kept).toEqual(rebuilt)
    }
    expect(
      db.prepare('SELECT count(*) FROM daily_summary WHERE pain_sum > 0').pluck().get(),
    ).toBeGreaterThan(20)
  })

  it('refuses a pain sum the day could not hold', () => {
    for (const m of migrations.slice(0, migration010.version)) m.up(db)
    db.prepare(
      `INSERT INTO checkins (date, slot, recorded_at, pain, stiffness, spasm_frequency,
         created_at, updated_at)
       VALUES ('2026-03-10', 'morning', '${NOW}', 3, 2, 0, '${NOW}', '${NOW}')`,
    ).run()
    expect(() => db.prepare('UPDATE daily_summary SET pain_sum = 11').run()).toThrow(/CHECK/)
    expect(() => db.prepare('UPDATE daily_summary SET pain_sum = -1').run()).toThrow(/CHECK/)
  })

  it('follows a restore, and a refused restore changes nothing', SLOW, () => {
    const source = openTempDiary()
    const target = openTempDiary()
    try {
      const write = summaryWriter(source.db, seededRandom(3))
      for (let i = 0; i < 1500; i++) write()
      const fill = summaryWriter(target.db, seededRandom(4))
      for (let i = 0; i < 500; i++) fill()
      const before = keptRows(target.db, DAILY_SUMMARY_COLUMNS)

      relinkEntries(source.db)
      const backup = exportBackup(source.db, new Date(NOW))
      const broken = structuredClone(backup.tables)
      // A check-in of an episode the file does not hold: refused half-way through the inserts.
      broken['checkins']?.push({ ...broken['checkins'][0], id: 999_999, episode_id: 999_999 })
      expect(() => replaceDiary(target.db, broken)).toThrow()
      expect(keptRows(target.db, DAILY_SUMMARY_COLUMNS)).toEqual(before)

      replaceDiary(target.db, backup.tables)
      const [kept, rebuilt] = compare(target.db)
      expect(kept).toEqual(rebuilt)
      expect(kept).toEqual(keptRows(source.db, DAILY_SUMMARY_COLUMNS))
    } finally {
      source.close()
      target.close()
    }
  })
})
