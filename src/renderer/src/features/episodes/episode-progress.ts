import type { Episode } from '@shared/domain/episode'
import { NOT_IMPROVING_MIN_DAYS, PAIN_TREND_MIN_DAYS } from '@shared/clinical/thresholds'

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`
const mean = (n: number) => `${(Math.round(n * 10) / 10).toFixed(1)}/10`

/**
 * What the episode view says about the not-improving rule (docs/clinical-rules.md#episode-flags),
 * from main's judgement: null once the episode has ended.
 */
export function progressSentence(e: Episode): string | null {
  const p = e.progress
  if (e.endedOn !== null) return null
  switch (p.status) {
    case 'not_judged':
      return `Whether the pain is going down is judged from day ${NOT_IMPROVING_MIN_DAYS}.`
    case 'not_enough_checkins':
      return (
        `Not enough check-ins to tell whether it is improving: pain was recorded on ` +
        `${days(p.daysWithPain)} of this episode, and at least ${PAIN_TREND_MIN_DAYS} are needed.`
      )
    case 'improving':
      return (
        `Improving: mean pain ${mean(p.lastMean)} over the last ${days(p.windowDays)} with ` +
        `check-ins, down from ${mean(p.firstMean)} over the first ${days(p.windowDays)}.`
      )
    case 'not_improving':
      return (
        `Not improving: mean pain ${mean(p.lastMean)} over the last ${days(p.windowDays)} with ` +
        `check-ins, against ${mean(p.firstMean)} over the first ${days(p.windowDays)}.`
      )
  }
}
