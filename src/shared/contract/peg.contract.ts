import { channel } from './define'
import { byIdSchema, dateRangeSchema } from '../domain/common'
import { pegDraftSchema, pegSchema } from '../domain/peg'
import { z } from 'zod'

export const pegContract = {
  /** PEGs answered within a range of dates, oldest first. */
  'peg:list': channel(dateRangeSchema, z.array(pegSchema)),
  /** Records a PEG, or replaces the one of its date; with an id, edits that one. */
  'peg:save': channel(pegDraftSchema, pegSchema),
  /** Deletes one PEG; answers with it (for undo). */
  'peg:delete': channel(byIdSchema, pegSchema),
}
