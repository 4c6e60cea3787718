import { TREATMENT_KINDS, type TreatmentKind } from '../domain/treatment'
import { MIN_RATED_SESSIONS } from './thresholds'

/** What may be said about one kind of treatment from its pain-rated sessions. */
export type TreatmentEvidence =
  | { status: 'not_enough_data'; minimumRated: number }
  | { status: 'enough_data'; meanChange: number; shareMeaningfulDrop: number }

/**
 * The "enough data" rule of the Treatments page and the report alike: fewer than 3 sessions
 * rated before and after, and no numbers are shown at all.
 */
export function treatmentEvidence(
  rated: number,
  meanChange: number | null,
  shareMeaningfulDrop: number | null,
): TreatmentEvidence {
  return rated < MIN_RATED_SESSIONS || meanChange === null || shareMeaningfulDrop === null
    ? { status: 'not_enough_data', minimumRated: MIN_RATED_SESSIONS }
    : { status: 'enough_data', meanChange, shareMeaningfulDrop }
}

/** "2 rated; 3 needed" until there is enough data, then "4 rated": it cannot be misread. */
export function ratedWording(rated: number): string {
  return rated < MIN_RATED_SESSIONS
    ? `${rated} rated; ${MIN_RATED_SESSIONS} needed`
    : `${rated} rated`
}

/**
 * Sessions of one kind (and, for medication, one detail exactly as typed), summed in SQL. The
 * sums merge exactly, so spellings of one medication can be joined here without losing a mean.
 */
export interface SessionSums {
  kind: TreatmentKind
  /** The detail as typed, for medication; null for every other kind. */
  detail: string | null
  sessions: number
  /** Sessions with pain rated before and after. */
  rated: number
  /** Sum of (before − after) over rated sessions; null when none. */
  sumChange: number | null
  /** Rated sessions with a meaningful drop; null when none were rated. */
  drops: number | null
}

/** One row of "what works": a kind, or one medication by name. */
export interface TreatmentGroup<R extends SessionSums> {
  kind: TreatmentKind
  /** The medication's name as most often typed (spaces tidied); null for other kinds or none. */
  name: string | null
  sessions: number
  rated: number
  effect: TreatmentEvidence
  /** The summed rows it was built from, for what else a caller adds up (side effects). */
  parts: R[]
}

const tidy = (text: string) => text.normalize('NFKC').trim().replace(/\s+/gu, ' ')

/**
 * Medication is told apart by name (docs/clinical-rules.md#treatments): the detail typed, with
 * case and spaces not counting, so "Ibuprofen 400 mg" and "ibuprofen  400 mg" are one row and
 * ibuprofen and naproxen are two.
 */
export function medicationKey(detail: string): string {
  return tidy(detail).toLowerCase()
}

/**
 * Rows of "what works", most used first: one per kind, and one per medication name, each held
 * to the same minimum of rated sessions (`treatmentEvidence`).
 */
export function treatmentGroups<R extends SessionSums>(rows: readonly R[]): TreatmentGroup<R>[] {
  const byKey = new Map<string, R[]>()
  for (const row of rows) {
    const key =
      row.kind === 'medication' ? `medication:${medicationKey(row.detail ?? '')}` : row.kind
    const list = byKey.get(key)
    if (list) list.push(row)
    else byKey.set(key, [row])
  }
  const groups = [...byKey.values()].map((parts): TreatmentGroup<R> => {
    const first = parts[0] as R
    const sessions = parts.reduce((n, r) => n + r.sessions, 0)
    const rated = parts.reduce((n, r) => n + r.rated, 0)
    const sumChange = parts.reduce((n, r) => n + (r.sumChange ?? 0), 0)
    const drops = parts.reduce((n, r) => n + (r.drops ?? 0), 0)
    // The spelling used most often names the row (ties: the first in alphabetical order).
    const named = [...parts].sort(
      (a, b) => b.sessions - a.sessions || tidy(a.detail ?? '').localeCompare(tidy(b.detail ?? '')),
    )[0]
    const name = first.kind === 'medication' ? tidy(named?.detail ?? '') || null : null
    return {
      kind: first.kind,
      name,
      sessions,
      rated,
      effect: treatmentEvidence(
        rated,
        rated > 0 ? sumChange / rated : null,
        rated > 0 ? drops / rated : null,
      ),
      parts,
    }
  })
  const order = (kind: TreatmentKind) => TREATMENT_KINDS.indexOf(kind)
  return groups.sort(
    (a, b) =>
      b.sessions - a.sessions ||
      order(a.kind) - order(b.kind) ||
      (a.name ?? '').localeCompare(b.name ?? ''),
  )
}
