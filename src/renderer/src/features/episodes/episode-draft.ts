import type { Episode, EpisodeDraft, Region, Side, Trigger } from '@shared/domain/episode'

/** An episode as the form holds it: an empty end date means ongoing. */
export interface EpisodeValues {
  startedOn: string
  endedOn: string
  region: Region
  side: Side
  trigger: Trigger
  triggerNote: string
  notes: string
}

/** The episode being edited, or a new one starting `today` in the lower back. */
export function episodeValues(today: string, episode?: Episode): EpisodeValues {
  return {
    startedOn: episode?.startedOn ?? today,
    endedOn: episode?.endedOn ?? '',
    region: episode?.region ?? 'lower',
    side: episode?.side ?? 'central',
    trigger: episode?.trigger ?? 'unknown',
    triggerNote: episode?.triggerNote ?? '',
    notes: episode?.notes ?? '',
  }
}

/** What is on screen as a draft; main validates the dates and answers with field errors. */
export function episodeDraft(values: EpisodeValues): EpisodeDraft {
  return { ...values, endedOn: values.endedOn === '' ? null : values.endedOn }
}

/** "Day 9" while ongoing, "12 days" once ended. */
export function dayCount(e: Episode): string {
  return e.endedOn === null ? `Day ${e.days}` : `${e.days} ${e.days === 1 ? 'day' : 'days'}`
}
