import { SLOT_LABELS, type Slot } from '../domain/checkin'

/** Order of slots within a day when the newest entry comes first. */
const SLOT_ORDER_NEWEST_FIRST: Record<Slot, number> = { evening: 0, other: 1, morning: 2 }

/** The check-in a finding comes from, as the rules need it. */
export interface CheckinRef {
  checkinId: number
  createdAt: string
  date: string
  slot: Slot
  recordedAt: string
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Newest first: by date, then evening, flare-ups (latest first), morning; as the Journal lists. */
export function newestCheckinFirst(a: CheckinRef, b: CheckinRef): number {
  return (
    compareText(b.date, a.date) ||
    SLOT_ORDER_NEWEST_FIRST[a.slot] - SLOT_ORDER_NEWEST_FIRST[b.slot] ||
    compareText(b.recordedAt, a.recordedAt) ||
    b.checkinId - a.checkinId
  )
}

/** The newest and the oldest of some check-ins, and on how many dates they fall: one pass. */
export function newestOldestAndDays<T extends CheckinRef>(
  list: readonly T[],
): { newest: T; oldest: T; days: number } | null {
  const [first] = list
  if (!first) return null
  let newest = first
  let oldest = first
  const dates = new Set<string>()
  for (const item of list) {
    if (newestCheckinFirst(item, newest) < 0) newest = item
    if (newestCheckinFirst(item, oldest) > 0) oldest = item
    dates.add(item.date)
  }
  return { newest, oldest, days: dates.size }
}

/** "the morning check-in", "a flare-up entry". */
export function slotPhrase(slot: Slot): string {
  return slot === 'other' ? 'a flare-up entry' : `the ${SLOT_LABELS[slot].toLowerCase()} check-in`
}

export function checkinRefKey(ref: CheckinRef): string {
  return `checkin:${ref.checkinId}@${ref.createdAt}`
}
