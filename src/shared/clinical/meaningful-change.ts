import { MEANINGFUL_CHANGE, MEANINGFUL_PAIN_FRACTION, MEANINGFUL_PEG_FRACTION } from './thresholds'

/**
 * A meaningful change of pain (IMMPACT): at least 2 points or at least 30 % of the starting
 * value. `from` and `to` are 0–10 values or means of them. docs/clinical-rules.md
 */
export function isMeaningfulPainDrop(from: number, to: number): boolean {
  const drop = from - to
  return drop > 0 && (drop >= MEANINGFUL_CHANGE || drop >= MEANINGFUL_PAIN_FRACTION * from)
}

/** The same rule either way: a rise of 2 points or 30 % of the starting value is meaningful too. */
export function isMeaningfulPainChange(from: number, to: number): boolean {
  return isMeaningfulPainDrop(from, to) || isMeaningfulPainDrop(to, from)
}

/** A meaningful change of the PEG score: at least 30 % of the starting score, either way. */
export function isMeaningfulPegChange(from: number, to: number): boolean {
  const change = Math.abs(to - from)
  return change > 0 && change >= MEANINGFUL_PEG_FRACTION * from
}
