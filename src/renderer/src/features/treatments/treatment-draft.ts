import {
  toLocalDateTime,
  type Treatment,
  type TreatmentDraft,
  type TreatmentKind,
} from '@shared/domain/treatment'
import type { Unchecked } from '@renderer/components/form/form-logic'

/** A session as the form holds it: no kind until one is chosen, minutes as the typed text. */
export interface TreatmentValues {
  kind: TreatmentKind | null
  painBefore: number | null
  painAfter: number | null
  startedAt: string
  durationMinutes: string
  detail: string
  sideEffect: string
  notes: string
  noteForDoctor: boolean
}

/** The session being edited, or a blank one starting `now`. */
export function treatmentValues(now: Date, entry?: Treatment): TreatmentValues {
  return {
    kind: entry?.kind ?? null,
    painBefore: entry?.painBefore ?? null,
    painAfter: entry?.painAfter ?? null,
    startedAt: entry?.startedAt ?? toLocalDateTime(now),
    durationMinutes: entry?.durationMinutes == null ? '' : String(entry.durationMinutes),
    detail: entry?.detail ?? '',
    sideEffect: entry?.sideEffect ?? '',
    notes: entry?.notes ?? '',
    noteForDoctor: entry?.noteForDoctor ?? false,
  }
}

/** What is on screen as a draft for the contract's check, which names a kind not chosen. */
export function treatmentDraft(values: TreatmentValues, id?: number): Unchecked<TreatmentDraft> {
  const minutes = values.durationMinutes.trim()
  return {
    ...(id === undefined ? {} : { id }),
    kind: values.kind,
    startedAt: values.startedAt,
    durationMinutes: minutes === '' ? null : Number(minutes),
    painBefore: values.painBefore,
    painAfter: values.painAfter,
    detail: values.detail,
    sideEffect: values.sideEffect,
    notes: values.notes,
    // An emptied note has nothing to show the doctor.
    noteForDoctor: values.noteForDoctor && values.notes.trim() !== '',
  }
}

/** Everything but the id, so undo re-creates a deleted session as it was. */
export function treatmentToDraft(entry: Treatment): TreatmentDraft {
  return {
    kind: entry.kind,
    detail: entry.detail,
    startedAt: entry.startedAt,
    durationMinutes: entry.durationMinutes,
    painBefore: entry.painBefore,
    painAfter: entry.painAfter,
    sideEffect: entry.sideEffect,
    notes: entry.notes,
    noteForDoctor: entry.noteForDoctor,
  }
}
