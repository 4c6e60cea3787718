import { formatShortDay } from '../format'
import {
  checkinRefKey,
  newestCheckinFirst,
  newestOldestAndDays,
  slotPhrase,
  type CheckinRef,
} from './checkin-ref'
import { inWindow, type DateWindow, type Finding } from './findings'
import {
  legSidePhrase,
  legSidesOf,
  symptomByCode,
  symptomLabelWithSide,
  type LegSide,
  type Tier,
} from './symptoms'

/** One warning sign ticked on one check-in. */
export interface SymptomTick extends CheckinRef {
  code: string
  /** Which leg, for a leg sign whose side was recorded (docs/clinical-rules.md#which-leg). */
  side: LegSide | null
}

/** A leg sign ticked for more than one side in the window says each, newest first. */
function sidesSentence(code: string, newestFirst: readonly SymptomTick[]): string {
  if (!legSidesOf(code)) return ''
  const sides = [...new Set(newestFirst.map((t) => t.side))]
  if (sides.length < 2) return ''
  return ` Recorded as ${sides.map(legSidePhrase).join(', then ')} (newest first).`
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
      title: symptomLabelWithSide(code, latest.side),
      sentence: `Warning sign ticked ${when}.${sidesSentence(code, [...list].sort(newestCheckinFirst))}`,
      ref: checkinRefKey(latest),
      source: { kind: 'checkin', id: latest.checkinId },
    })
  }
  return out
}
