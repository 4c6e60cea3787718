import { randomUUID } from 'node:crypto'
import type { DB } from '../db/database'
import { formatDay } from '../../shared/format'
import type { LegSides } from '../../shared/clinical/symptoms'
import type { DateRange } from '../../shared/domain/common'
import type { SavedFile } from '../../shared/domain/report'
import { preparedPerConnection } from '../db/statements'
import { selectCamel } from '../db/table'
import { CHECKINS } from '../db/tables'
import { getSettings } from '../settings/settings.repo'
import { writeFileAtomic } from '../export/atomic-write'
import type { Services } from '../services/services'
import { buildFhirBundle, type FhirBundle, type FhirCheckin, type FhirPeg } from './fhir-bundle'

interface CheckinRow extends Omit<FhirCheckin, 'sleepInterrupted' | 'symptoms' | 'legSides'> {
  sleepInterrupted: 0 | 1
  /** JSON array of symptom codes. */
  symptoms: string
  /** JSON object of leg sign code to its recorded side. */
  legSides: string
}

// The check-in columns a FHIR Observation carries (the rest are the diary's own bookkeeping).
const FHIR_COLUMNS = selectCamel(CHECKINS, 'c', [
  'date',
  'slot',
  'recorded_at',
  'pain',
  'stiffness',
  'stiffness_minutes',
  'spasm_frequency',
  'spasm_severity',
  'sleep_interrupted',
])

function statements(db: DB) {
  return {
    checkins: db.prepare<DateRange, CheckinRow>(
      `SELECT ${FHIR_COLUMNS},
         CASE WHEN c.note_for_doctor = 1 AND c.notes <> '' THEN c.notes END AS doctorNote,
         (SELECT json_group_array(s.code) FROM checkin_symptoms s WHERE s.checkin_id = c.id)
           AS symptoms,
         (SELECT json_group_object(s.code, s.side) FROM checkin_symptoms s
           WHERE s.checkin_id = c.id AND s.side IS NOT NULL) AS legSides
       FROM checkins c WHERE c.date BETWEEN :from AND :to
       ORDER BY c.date, CASE c.slot WHEN 'morning' THEN 0 WHEN 'other' THEN 1 ELSE 2 END,
         c.recorded_at, c.id`,
    ),
    pegs: db.prepare<DateRange, FhirPeg>(
      `SELECT date, pain, enjoyment, activity FROM peg_scores
       WHERE date BETWEEN :from AND :to ORDER BY date`,
    ),
  }
}
const stmts = preparedPerConnection(statements)

/** The period's check-ins and PEGs as a FHIR R4 collection Bundle. */
export function periodBundle(
  db: DB,
  range: DateRange,
  now: Date,
  uuid: () => string = randomUUID,
): FhirBundle {
  const s = stmts(db)
  const checkins = s.checkins.all(range).map((row): FhirCheckin => ({
    ...row,
    sleepInterrupted: row.sleepInterrupted === 1,
    symptoms: JSON.parse(row.symptoms) as string[],
    legSides: JSON.parse(row.legSides) as LegSides,
  }))
  return buildFhirBundle({
    label: getSettings(db).reportLabel,
    checkins,
    pegs: s.pegs.all(range),
    now,
    uuid,
  })
}

/**
 * `report:exportFhir`: asks where to save, then writes the bundle as JSON through a temp file
 * and a rename, so the file is complete or absent. An empty period writes nothing.
 */
export async function exportFhir(
  db: DB,
  services: Services,
  range: DateRange,
  now: Date,
  writeFailed: (error: unknown) => Error,
): Promise<SavedFile> {
  const bundle = periodBundle(db, range, now)
  if (bundle.entry.every((e) => e.resource.resourceType === 'Patient')) {
    return {
      saved: false,
      message: `Not saved: nothing was recorded from ${formatDay(range.from)} to ${formatDay(range.to)}.`,
    }
  }
  const path = await services.chooseSavePath({
    title: 'Save the period for a clinician’s system (FHIR)',
    defaultName: `unknot-fhir-${range.from}-to-${range.to}.json`,
    filters: [{ name: 'FHIR JSON', extensions: ['json'] }],
  })
  if (path === undefined) {
    return { saved: false, message: 'Not saved: no file was chosen, so nothing was written.' }
  }
  try {
    writeFileAtomic(path, `${JSON.stringify(bundle, null, 2)}\n`)
  } catch (error) {
    throw writeFailed(error)
  }
  return { saved: true, files: [path] }
}
