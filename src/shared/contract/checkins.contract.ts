import { z } from 'zod'
import { ENTRY_DERIVED, read, write } from './define'
import { checkinDraftSchema, checkinSchema } from '../domain/checkin'
import { dateRangeSchema, byIdSchema } from '../domain/common'

export const checkinsContract = {
  /** Check-ins whose date falls in the range, newest first. */
  'checkins:list': read(dateRangeSchema, z.array(checkinSchema)),
  /** Creates, or replaces the morning/evening entry of that date; `other` entries are added. */
  'checkins:save': write(checkinDraftSchema, checkinSchema, ENTRY_DERIVED),
  /** Returns the deleted entry so the window can offer to undo. */
  'checkins:delete': write(byIdSchema, checkinSchema, ENTRY_DERIVED),
}
