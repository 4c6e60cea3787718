/** After a 1, a 0 typed within this long makes 10 ("1 then 0"). */
export const TEN_AFTER_ONE_MS = 1500

/** The last digit typed on a scale and when. */
export interface LastDigit {
  digit: number
  at: number
}

/**
 * Which value a digit key picks on a scale of `values`: the digit itself, or 10 for a 0 typed
 * just after a 1 (the 1 is picked first, so a scale without 10 needs no wait). Null when the key
 * is not a digit or picks nothing on this scale.
 */
export function digitChoice(
  values: readonly number[],
  key: string,
  last: LastDigit | null,
  now: number,
): { value: number; last: LastDigit } | null {
  if (!/^[0-9]$/.test(key)) return null
  const digit = Number(key)
  const typed = { digit, at: now }
  const tenFollows = digit === 0 && last?.digit === 1 && now - last.at <= TEN_AFTER_ONE_MS
  if (tenFollows && values.includes(10)) return { value: 10, last: { digit: 10, at: now } }
  return values.includes(digit) ? { value: digit, last: typed } : null
}
