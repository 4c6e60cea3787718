import { z } from 'zod'
import { TIERS } from '../clinical/symptoms'

export const ALERT_SOURCES = ['checkin', 'episode', 'setting'] as const

export const alertSchema = z.object({
  /** Stable: the same recorded answer always gives the same key (acknowledgements use it). */
  key: z.string(),
  tier: z.enum(TIERS),
  /** What was recorded, in the words the person ticked or the flag's words. */
  title: z.string(),
  /** Which recorded answer raised it and when, in plain words. */
  reason: z.string(),
  /** What to do. */
  advice: z.string(),
  /** The local date the answer was recorded (or the flag was reached). */
  recordedOn: z.string(),
  source: z.object({
    kind: z.enum(ALERT_SOURCES),
    /** Check-in or episode id; null for a settings answer. */
    id: z.number().int().nullable(),
  }),
  acknowledgedAt: z.string().nullable(),
})
export type Alert = z.infer<typeof alertSchema>

export const alertKeySchema = z
  .object({
    key: z
      .string({ error: 'An alert key is required.' })
      .min(1, 'An alert key is required.')
      .max(200, 'That is not an alert key.'),
  })
  .strict()
