import { SLOT_LABELS, SLOT_ORDER_NEWEST_FIRST, type Slot } from '../domain/checkin'

/** The check-in a finding comes from, as the rules need it. */
export interface CheckinRef {
  checkinId: number
  createdAt: string
  date: string
  slot: Slot
  recordedAt: string
}

/** Newest first: by date, then evening, flare-ups (latest first), morning; as the Journal lists. */
export function newestCheckinFirst(a: CheckinRef, b: CheckinRef): number {
  return (
    b.date.localeCompare(a.date) ||
    SLOT_ORDER_NEWEST_FIRST[a.slot] - SLOT_ORDER_NEWEST_FIRST[b.slot] ||
    b.recordedAt.localeCompare(a.recordedAt) ||
    b.checkinId - a.checkinId
  )
}

/** "the morning check-in", "a flare-up entry". */
export function slotPhrase(slot: Slot): string {
  return slot === 'other' ? 'a flare-up entry' : `the ${SLOT_LABELS[slot].toLowerCase()} check-in`
}

export function checkinRefKey(ref: CheckinRef): string {
  return `checkin:${ref.checkinId}@${ref.createdAt}`
}
