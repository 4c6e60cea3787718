import { formatShortDay } from '../format'
import { checkinRefKey, newestOldestAndDays, slotPhrase, type CheckinRef } from './checkin-ref'
import { inWindow, type DateWindow, type Finding } from './findings'
import { symptomByCode, type Tier } from './symptoms'

/** One warning sign ticked on one check-in. */
export interface SymptomTick extends CheckinRef {
  code: string
}

/**
 * Warning signs (docs/clinical-rules.md#warning-signs-and-tiers): one finding per sign ticked
 * within its tier's window, dated on the latest check-in that ticked it (older ticks of the same
 * sign are counted, not repeated). A code this version does not know raises nothing it cannot
 * explain.
 */
export function warningSignFindings(
  ticks: readonly SymptomTick[],
  windowFor: (tier: Tier) => DateWindow,
): Finding[] {
  const byCode = new Map<string, SymptomTick[]>()
  for (const tick of ticks) {
    const symptom = symptomByCode(tick.code)
    if (!symptom || !inWindow(tick.date, windowFor(symptom.tier))) continue
    const list = byCode.get(tick.code)
    if (list) list.push(tick)
    else byCode.set(tick.code, [tick])
  }
  const out: Finding[] = []
  for (const [code, list] of byCode) {
    const symptom = symptomByCode(code)
    const found = newestOldestAndDays(list)
    if (!symptom || !found) continue
    const { newest: latest, oldest: first, days } = found
    const when =
      days === 1
        ? `on ${slotPhrase(latest.slot)} of ${formatShortDay(latest.date)}`
        : `on ${days} days from ${formatShortDay(first.date)}, last on ${slotPhrase(latest.slot)} of ` +
          formatShortDay(latest.date)
    out.push({
      rule: 'warning_sign',
      code,
      tier: symptom.tier,
      date: latest.date,
      title: symptom.label,
      sentence: `Warning sign ticked ${when}.`,
      ref: checkinRefKey(latest),
      source: { kind: 'checkin', id: latest.checkinId },
    })
  }
  return out
}
