import { formatShortDay } from '../format'
import { checkinRefKey, newestOldestAndDays, slotPhrase, type CheckinRef } from './checkin-ref'
import { inWindow, type DateWindow, type Finding } from './findings'
import { HEALTH_HISTORY_QUESTIONS, HEALTH_HISTORY_TIER, type HealthHistory } from './symptoms'
import { BACK_PAIN_MIN } from './thresholds'

/** A check-in's pain, with the episode it belongs to (acknowledging covers that episode). */
export interface PainCheckin extends CheckinRef {
  pain: number
  episodeId: number | null
  episodeCreatedAt: string | null
}

export const HEALTH_HISTORY_TITLE = 'Back pain together with a health-history answer'

/** The questions answered "yes": the only answers the rule reads (none: it raises nothing). */
export function yesAnswers(history: HealthHistory) {
  return HEALTH_HISTORY_QUESTIONS.filter((q) => history[q.key] === 'yes')
}

/**
 * docs/clinical-rules.md#health-history: a "yes" health-history answer raises the urgent tier while
 * any check-in of the window recorded back pain (pain ≥ 1); a later pain-free check-in does not
 * clear it. Alerts ask about the last 14 days, the report about its period. Dated on the latest
 * check-in with pain.
 */
export function healthHistoryFindings(
  history: HealthHistory,
  checkins: readonly PainCheckin[],
  window: DateWindow,
): Finding[] {
  const found = newestOldestAndDays(
    checkins.filter((c) => c.pain >= BACK_PAIN_MIN && inWindow(c.date, window)),
  )
  if (!found) return []
  const { newest: latest, days } = found
  const pain =
    days === 1
      ? `Back pain of ${latest.pain}/10 recorded on ${slotPhrase(latest.slot)} of ${formatShortDay(latest.date)}`
      : `Back pain recorded on ${days} days, most recently ${latest.pain}/10 on ` +
        `${slotPhrase(latest.slot)} of ${formatShortDay(latest.date)}`
  // One acknowledgement covers the episode the pain belongs to; outside episodes, the check-in.
  const ref =
    latest.episodeId !== null
      ? `episode:${latest.episodeId}@${latest.episodeCreatedAt ?? ''}`
      : checkinRefKey(latest)
  return yesAnswers(history).map((q) => ({
    rule: 'health_history',
    code: q.key,
    tier: HEALTH_HISTORY_TIER,
    date: latest.date,
    title: HEALTH_HISTORY_TITLE,
    sentence: `${pain}, together with the health-history answer: ${q.answerPhrase}.`,
    ref,
    source: { kind: 'setting', id: null },
  }))
}
