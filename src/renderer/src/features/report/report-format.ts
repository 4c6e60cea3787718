import { formatNumber } from '@shared/format'

/** Numbers as the summary prints them: one decimal, whole numbers, or a dash for none. */
export const n1 = (v: number | null) => (v === null ? '—' : formatNumber(v, 1))
export const n0 = (v: number | null) => (v === null ? '—' : formatNumber(v, 0))
/** A share as a whole percentage: "40 %". */
export const percent = (share: number) => `${formatNumber(share * 100, 0)} %`
