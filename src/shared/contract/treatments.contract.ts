import { z } from 'zod'
import { ENTRY_DERIVED, read, write } from './define'
import { byIdSchema } from '../domain/common'
import {
  effectivenessQuerySchema,
  kindEffectivenessSchema,
  suggestionQuerySchema,
  treatmentDraftSchema,
  treatmentQuerySchema,
  treatmentSchema,
} from '../domain/treatment'

export const treatmentsContract = {
  /** Treatments started within the range (optionally one kind or episode), newest first. */
  'treatments:list': read(treatmentQuerySchema, z.array(treatmentSchema)),
  /** Creates a treatment session, or edits the one named by `id`. */
  'treatments:save': write(treatmentDraftSchema, treatmentSchema, ENTRY_DERIVED),
  /** Returns the deleted entry so the window can offer to undo. */
  'treatments:delete': write(byIdSchema, treatmentSchema, ENTRY_DERIVED),
  /** Per kind: sessions, mean change in pain, share of drops ≥ 2, side effects reported. */
  'treatments:effectiveness': read(effectivenessQuerySchema, z.array(kindEffectivenessSchema)),
  /** Details typed before (medication and dose, stretch name), each once, newest first. */
  'treatments:suggestions': read(suggestionQuerySchema, z.array(z.string())),
}
