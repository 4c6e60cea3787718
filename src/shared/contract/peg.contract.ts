import { ENTRY_DERIVED, read, write } from './define'
import { byIdSchema, dateRangeSchema } from '../domain/common'
import { pegDraftSchema, pegSchema } from '../domain/peg'
import { z } from 'zod'

export const pegContract = {
  /** PEGs answered within a range of dates, oldest first. */
  'peg:list': read(dateRangeSchema, z.array(pegSchema)),
  /** Records a PEG, or replaces the one of its date; with an id, edits that one. */
  'peg:save': write(pegDraftSchema, pegSchema, ENTRY_DERIVED),
  /** Deletes one PEG; answers with it (for undo). */
  'peg:delete': write(byIdSchema, pegSchema, ENTRY_DERIVED),
}
