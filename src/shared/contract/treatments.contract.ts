import { z } from 'zod'
import { channel } from './define'
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
  'treatments:list': channel(treatmentQuerySchema, z.array(treatmentSchema)),
  /** Creates a treatment session, or edits the one named by `id`. */
  'treatments:save': channel(treatmentDraftSchema, treatmentSchema),
  /** Returns the deleted entry so the window can offer to undo. */
  'treatments:delete': channel(byIdSchema, treatmentSchema),
  /** Per kind: sessions, mean change in pain, share of drops ≥ 2, side effects reported. */
  'treatments:effectiveness': channel(effectivenessQuerySchema, z.array(kindEffectivenessSchema)),
  /** Details typed before (medication and dose, stretch name), each once, newest first. */
  'treatments:suggestions': channel(suggestionQuerySchema, z.array(z.string())),
}
