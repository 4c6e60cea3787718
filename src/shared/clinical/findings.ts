import type { IsoDate } from '../dates'
import { TIER_RANK, type Tier } from './symptoms'

/**
 * What the rules find. `alerts:list` and `report:get` both turn rows into findings with the same
 * functions (warning-sign-rule, health-history-rule, episode-findings), so the two can only
 * differ in the window of dates they ask about, never in what a rule says.
 */
export const FINDING_RULES = [
  'warning_sign',
  'health_history',
  'not_easing',
  'over_four_weeks',
  'over_two_weeks',
  'recurring',
] as const
export type FindingRule = (typeof FINDING_RULES)[number]

export interface Finding {
  rule: FindingRule
  /** Which one within the rule: the warning-sign code, the health-history key, the flag code. */
  code: string
  tier: Tier
  /** The day it was recorded, or the day the threshold was reached. */
  date: IsoDate
  /** The sign's own words or the flag's label. */
  title: string
  /** One sentence saying what was recorded and when, built from the rule's constants. */
  sentence: string
  /**
   * The row it comes from, as `checkin:<id>@<created_at>` or `episode:<id>@<created_at>`: ids are
   * reused after a delete, so an acknowledgement names the row's creation time too.
   */
  ref: string
  /** The check-in or episode id behind it; null for a settings answer. */
  source: { kind: 'checkin' | 'episode' | 'setting'; id: number | null }
}

/** A window of local dates, both ends included; `from` null reaches back to the first entry. */
export interface DateWindow {
  from: IsoDate | null
  to: IsoDate
}

export function inWindow(date: IsoDate, window: DateWindow): boolean {
  return (window.from === null || date >= window.from) && date <= window.to
}

const RULE_RANK = Object.fromEntries(FINDING_RULES.map((rule, i) => [rule, i])) as Record<
  FindingRule,
  number
>

/**
 * Strongest first: tier, then the rule in the order a clinician reads them (warning signs,
 * health history, not easing, four weeks, two weeks, recurrence), then newest.
 */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

export function compareFindings(a: Finding, b: Finding): number {
  return (
    TIER_RANK[a.tier] - TIER_RANK[b.tier] ||
    RULE_RANK[a.rule] - RULE_RANK[b.rule] ||
    compareText(b.date, a.date) ||
    compareText(a.ref, b.ref) ||
    compareText(a.code, b.code)
  )
}

/** A number for a sentence: one decimal, "6.0". */
export function oneDecimal(n: number): string {
  return (Math.round(n * 10) / 10).toFixed(1)
}
