import { afterEach, describe, expect, it } from 'vitest'
import { migratedTo } from '../../../../testing/migration-db'
import { queryPlan } from '../../../../testing/query-plans'
import { REPORT_NOTES_SQL, REPORT_NOTE_ROWS } from '../../report/report.sql'
import { migration011 } from './011-doctor-note-indexes'
import { migrations } from './index'

const NOW = '2026-12-07T08:00:00.000Z'

describe('migration 011: indexes of the notes marked for the doctor', () => {
  const db = migratedTo(migration011.version)
  afterEach(() => db.exec('DELETE FROM checkins; DELETE FROM treatments'))

  it('is registered at its version', () => {
    expect(migrations.indexOf(migration011)).toBe(migration011.version - 1)
  })

  it("serves the summary's notes from the marked rows only", () => {
    const plan = queryPlan(db, REPORT_NOTES_SQL, {
      from: '2026-01-01',
      to: '2026-12-31',
      today: '2026-12-07',
      noteRows: 8,
    }).join('\n')
    expect(plan).toMatch(/SEARCH c USING INDEX checkins_doctor_notes \(date>\? AND date<\?\)/)
    expect(plan).toMatch(/SEARCH t USING INDEX treatments_doctor_notes \(started_at>\? AND/)
  })

  it('indexes a note once it is marked and non-empty, and drops it when unmarked', () => {
    const add = db.prepare(
      `INSERT INTO checkins (date, slot, recorded_at, pain, stiffness, spasm_frequency, notes,
         note_for_doctor, created_at, updated_at)
       VALUES (:date, 'morning', '${NOW}', 3, 2, 0, :notes, :mark, '${NOW}', '${NOW}')`,
    )
    add.run({ date: '2026-03-01', notes: 'marked', mark: 1 })
    add.run({ date: '2026-03-02', notes: '', mark: 1 })
    add.run({ date: '2026-03-03', notes: 'not marked', mark: 0 })
    const notes = () =>
      db
        .prepare<Record<string, string | number>, { text: string; total: number }>(REPORT_NOTES_SQL)
        .all({
          from: '2026-01-01',
          to: '2026-12-31',
          today: '2026-12-07',
          noteRows: REPORT_NOTE_ROWS,
        })
        .map((r) => [r.text, r.total])
    expect(notes()).toEqual([['marked', 1]])
    db.exec("UPDATE checkins SET note_for_doctor = 1 WHERE date = '2026-03-03'")
    expect(notes()).toEqual([
      ['not marked', 2],
      ['marked', 2],
    ])
    db.exec("UPDATE checkins SET note_for_doctor = 0 WHERE date = '2026-03-01'")
    expect(notes()).toEqual([['not marked', 1]])
  })
})
