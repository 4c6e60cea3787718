import { describe, expect, it } from 'vitest'
import { migratedPerTest, rowCount, strictTables } from '../../../../testing/migration-db'
import { migration001 } from './001-initial-schema'

const fresh = migratedPerTest(migration001)

const NOW = '2026-11-25T08:00:00.000Z'
function checkin(values: Record<string, unknown> = {}) {
  const row = {
    date: '2026-11-24',
    slot: 'morning',
    pain: 4,
    stiffness: 5,
    stiffness_minutes: 20,
    spasm_frequency: 0,
    spasm_severity: null,
    sleep_interrupted: 0,
    ...values,
  }
  return fresh.db
    .prepare(
      `INSERT INTO checkins (date, slot, recorded_at, pain, stiffness, stiffness_minutes,
        spasm_frequency, spasm_severity, sleep_interrupted, created_at, updated_at)
       VALUES (:date, :slot, '${NOW}', :pain, :stiffness, :stiffness_minutes, :spasm_frequency,
        :spasm_severity, :sleep_interrupted, '${NOW}', '${NOW}')`,
    )
    .run(row)
}
function episode(values: Record<string, unknown> = {}) {
  const row = { started_on: '2026-11-20', ended_on: null, region: 'lower', side: 'left', ...values }
  return fresh.db
    .prepare(
      `INSERT INTO episodes (started_on, ended_on, region, side, created_at, updated_at)
       VALUES (:started_on, :ended_on, :region, :side, '${NOW}', '${NOW}')`,
    )
    .run(row)
}
function treatment(values: Record<string, unknown> = {}) {
  const row = {
    kind: 'heat',
    started_at: '2026-11-24T19:30',
    duration_minutes: 20,
    pain_before: 6,
    pain_after: 4,
    ...values,
  }
  return fresh.db
    .prepare(
      `INSERT INTO treatments (kind, started_at, duration_minutes, pain_before, pain_after,
        created_at, updated_at)
       VALUES (:kind, :started_at, :duration_minutes, :pain_before, :pain_after, '${NOW}', '${NOW}')`,
    )
    .run(row)
}

describe('migration 001: initial schema', () => {
  it('creates every table of the design as STRICT', () => {
    expect(strictTables(fresh.db)).toEqual([
      { name: 'checkin_symptoms', strict: 1 },
      { name: 'checkins', strict: 1 },
      { name: 'episodes', strict: 1 },
      { name: 'settings', strict: 1 },
      { name: 'treatments', strict: 1 },
    ])
  })

  it('accepts a valid row in every table', () => {
    const e = episode()
    const c = checkin({ spasm_frequency: 2, spasm_severity: 1 })
    fresh.db
      .prepare("INSERT INTO checkin_symptoms (checkin_id, code) VALUES (?, 'saddle_numbness')")
      .run(c.lastInsertRowid)
    treatment()
    fresh.db.prepare(`INSERT INTO settings (key, value) VALUES ('unit', '"celsius"')`).run()
    expect(e.changes + c.changes).toBe(2)
  })

  it.each([
    ['pain above 10', { pain: 11 }],
    ['pain below 0', { pain: -1 }],
    ['pain as text', { pain: 'seven' }],
    ['stiffness above 10', { stiffness: 11 }],
    ['spasm frequency 5', { spasm_frequency: 5 }],
    ['severity without spasms', { spasm_frequency: 0, spasm_severity: 2 }],
    ['spasms without severity', { spasm_frequency: 3, spasm_severity: null }],
    ['severity 4', { spasm_frequency: 1, spasm_severity: 4 }],
    ['stiffness minutes on an evening entry', { slot: 'evening', stiffness_minutes: 10 }],
    ['negative stiffness minutes', { stiffness_minutes: -5 }],
    ['an impossible date', { date: '2026-02-30' }],
    ['a date with a time', { date: '2026-11-24T10:00' }],
    ['an unknown slot', { slot: 'noon' }],
    ['sleep interrupted 2', { sleep_interrupted: 2 }],
  ])('rejects a check-in with %s', (_label, values) => {
    expect(() => checkin(values)).toThrow(/CHECK constraint|cannot store/)
  })

  it('allows one morning and one evening per date but any number of flare-ups', () => {
    checkin()
    expect(() => checkin()).toThrow(/UNIQUE/)
    checkin({ slot: 'evening', stiffness_minutes: null })
    checkin({ slot: 'other', stiffness_minutes: null })
    checkin({ slot: 'other', stiffness_minutes: null })
    expect(rowCount(fresh.db, 'checkins')).toBe(4)
  })

  it('refuses two ongoing episodes in one region, and an end before the start', () => {
    episode()
    expect(() => episode({ started_on: '2026-11-22' })).toThrow(/UNIQUE/)
    episode({ region: 'upper' })
    episode({ started_on: '2026-10-01', ended_on: '2026-10-05' })
    expect(() => episode({ started_on: '2026-10-10', ended_on: '2026-10-09' })).toThrow(/CHECK/)
    expect(() => episode({ region: 'neck' })).toThrow(/CHECK/)
  })

  it.each([
    ['pain before 11', { pain_before: 11 }],
    ['pain after -1', { pain_after: -1 }],
    ['a negative duration', { duration_minutes: -1 }],
    ['an unknown kind', { kind: 'magic' }],
    ['a start time without a time', { started_at: '2026-11-24' }],
    ['an impossible start date', { started_at: '2026-13-01T10:00' }],
  ])('rejects a treatment with %s', (_label, values) => {
    expect(() => treatment(values)).toThrow(/CHECK/)
  })

  it('removes symptoms with their check-in and unlinks entries from a deleted episode', () => {
    const e = episode()
    const c = checkin()
    fresh.db.prepare('UPDATE checkins SET episode_id = ?').run(e.lastInsertRowid)
    fresh.db
      .prepare("INSERT INTO checkin_symptoms (checkin_id, code) VALUES (?, 'fever')")
      .run(c.lastInsertRowid)
    fresh.db.prepare('DELETE FROM episodes').run()
    expect(fresh.db.prepare('SELECT episode_id FROM checkins').pluck().get()).toBeNull()
    fresh.db.prepare('DELETE FROM checkins').run()
    expect(rowCount(fresh.db, 'checkin_symptoms')).toBe(0)
  })

  it('only stores JSON in settings', () => {
    expect(() =>
      fresh.db.prepare("INSERT INTO settings (key, value) VALUES ('x', 'not json')").run(),
    ).toThrow(/CHECK/)
  })
})
