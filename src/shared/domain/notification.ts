import { z } from 'zod'

/** A desktop notification: short, plain words (timers' phase changes), never a diary entry. */
export const notificationSchema = z
  .object({
    title: z
      .string({ error: 'A notification needs a title.' })
      .trim()
      .min(1, 'A notification needs a title.')
      .max(80, 'A notification title can be at most 80 characters.'),
    body: z
      .string({ error: 'A notification body must be text.' })
      .trim()
      .max(200, 'A notification body can be at most 200 characters.'),
  })
  .strict()
