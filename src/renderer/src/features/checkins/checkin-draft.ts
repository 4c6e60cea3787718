import type { FactorCode } from '@shared/clinical/factors'
import { isSymptomCode, type LegSides } from '@shared/clinical/symptoms'
import type { Checkin, CheckinDraft, Slot } from '@shared/domain/checkin'
import type { Unchecked } from '@renderer/components/form/form-logic'

/** A check-in as the form holds it: unanswered scales are null, minutes are the typed text. */
export interface CheckinValues {
  pain: number | null
  stiffness: number | null
  stiffnessMinutes: string
  spasmFrequency: number | null
  spasmSeverity: number | null
  sleepInterrupted: boolean
  notes: string
  noteForDoctor: boolean
  symptoms: string[]
  /** Which leg each ticked leg sign is about, when answered. */
  legSides: LegSides
  /** Evening only: today's factors, or null when not asked (the stored ones then stay). */
  factors: FactorCode[] | null
}

export function checkinValues(entry?: Checkin): CheckinValues {
  return {
    pain: entry?.pain ?? null,
    stiffness: entry?.stiffness ?? null,
    stiffnessMinutes: entry?.stiffnessMinutes == null ? '' : String(entry.stiffnessMinutes),
    spasmFrequency: entry?.spasmFrequency ?? null,
    spasmSeverity: entry?.spasmSeverity ?? null,
    sleepInterrupted: entry?.sleepInterrupted ?? false,
    notes: entry?.notes ?? '',
    noteForDoctor: entry?.noteForDoctor ?? false,
    symptoms: entry?.symptoms ?? [],
    legSides: entry?.legSides ?? {},
    factors: entry?.factors ?? null,
  }
}

/**
 * Turns what is on screen into a draft for the contract's check (`checkedInput`), which names
 * each unanswered scale. With today's factors asked for (`askFactors`), an evening with no chip
 * pressed records "none".
 */
export function checkinDraft(
  values: CheckinValues,
  date: string,
  slot: Slot,
  id?: number,
  askFactors = false,
): Unchecked<CheckinDraft> {
  const factors = values.factors ?? (askFactors ? [] : null)
  const minutesText = values.stiffnessMinutes.trim()
  const minutes = minutesText === '' ? null : Number(minutesText)
  const frequency = values.spasmFrequency
  return {
    ...(id === undefined ? {} : { id }),
    date,
    slot,
    pain: values.pain,
    stiffness: values.stiffness,
    stiffnessMinutes: slot === 'morning' ? minutes : null,
    spasmFrequency: frequency,
    spasmSeverity: frequency !== null && frequency > 0 ? values.spasmSeverity : null,
    sleepInterrupted: values.sleepInterrupted,
    notes: values.notes,
    // An emptied note has nothing to show the doctor.
    noteForDoctor: values.noteForDoctor && values.notes.trim() !== '',
    symptoms: values.symptoms.filter(isSymptomCode),
    legSides: values.legSides,
    ...(slot === 'evening' && factors !== null ? { factors } : {}),
  }
}

/** Everything but the id, so undo re-creates a deleted check-in as it was. */
export function checkinToDraft(entry: Checkin): CheckinDraft {
  return {
    date: entry.date,
    slot: entry.slot,
    pain: entry.pain,
    stiffness: entry.stiffness,
    stiffnessMinutes: entry.stiffnessMinutes,
    spasmFrequency: entry.spasmFrequency,
    spasmSeverity: entry.spasmSeverity,
    sleepInterrupted: entry.sleepInterrupted,
    notes: entry.notes,
    noteForDoctor: entry.noteForDoctor,
    symptoms: entry.symptoms.filter(isSymptomCode),
    legSides: entry.legSides,
    ...(entry.slot === 'evening' && entry.factors !== null ? { factors: entry.factors } : {}),
  }
}
