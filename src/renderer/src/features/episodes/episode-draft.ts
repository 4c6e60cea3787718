import type { FactorCode } from '@shared/clinical/factors'
import type { Episode, EpisodeDraft, Region, Side, Trigger } from '@shared/domain/episode'
import type { OnsetFactorsAnswer, OnsetFactorsDraft } from '@shared/domain/factors'

/** The onset checklist on screen: ticked factors, or "none of these", or neither (unanswered). */
export interface OnsetAnswer {
  factors: FactorCode[]
  none: boolean
  otherNote: string
}

/** An episode as the form holds it: an empty end date means ongoing. */
export interface EpisodeValues {
  startedOn: string
  endedOn: string
  region: Region
  side: Side
  trigger: Trigger
  triggerNote: string
  notes: string
  noteForDoctor: boolean
  onsetFactors: OnsetAnswer
}

/** An episode to edit: its detail carries the onset checklist. */
export type EditedEpisode = Episode & { onsetFactors?: OnsetFactorsAnswer }

/** The episode being edited, or a new one starting `today` in the lower back. */
export function episodeValues(today: string, episode?: EditedEpisode): EpisodeValues {
  const answer = episode?.onsetFactors ?? null
  return {
    startedOn: episode?.startedOn ?? today,
    endedOn: episode?.endedOn ?? '',
    region: episode?.region ?? 'lower',
    side: episode?.side ?? 'central',
    trigger: episode?.trigger ?? 'unknown',
    triggerNote: episode?.triggerNote ?? '',
    notes: episode?.notes ?? '',
    noteForDoctor: episode?.noteForDoctor ?? false,
    onsetFactors: {
      factors: answer?.factors ?? [],
      none: answer !== null && answer.factors.length === 0,
      otherNote: answer?.otherNote ?? '',
    },
  }
}

/** Ticked factors or "none" is an answer; neither leaves (or makes) the checklist unanswered. */
export function onsetDraft(answer: OnsetAnswer): OnsetFactorsDraft | null {
  if (answer.factors.length > 0) return { factors: answer.factors, otherNote: answer.otherNote }
  return answer.none ? { factors: [] } : null
}

/** What is on screen as a draft; main validates the dates and answers with field errors. */
export function episodeDraft(values: EpisodeValues): EpisodeDraft {
  return {
    ...values,
    endedOn: values.endedOn === '' ? null : values.endedOn,
    // An emptied note has nothing to show the doctor.
    noteForDoctor: values.noteForDoctor && values.notes.trim() !== '',
    onsetFactors: onsetDraft(values.onsetFactors),
  }
}

/** "Day 9" while ongoing, "12 days" once ended. */
export function dayCount(e: Episode): string {
  return e.endedOn === null ? `Day ${e.days}` : `${e.days} ${e.days === 1 ? 'day' : 'days'}`
}
