import { z } from 'zod'
import { isoDateSchema } from '../dates'

/** A whole number on a closed scale, with a message a person can act on. */
export function scaleSchema(label: string, min: number, max: number) {
  const message = `${label} must be a whole number from ${min} to ${max}.`
  return z.number({ error: message }).int({ error: message }).min(min, message).max(max, message)
}

export const idSchema = z
  .number({ error: 'An entry id is required.' })
  .int({ error: 'An entry id is a whole number.' })
  .positive({ error: 'An entry id is a positive number.' })

/** `{ id }`: the input of every channel that reads, deletes or reopens one entry. */
export const byIdSchema = z.object({ id: idSchema }).strict()

/** The longest text each free-text field takes, in the forms and in restored backups alike. */
export const TEXT_LIMITS = {
  notes: 2000,
  triggerNote: 200,
  treatmentDetail: 200,
  sideEffect: 500,
} as const

export const notesSchema = z
  .string({ error: 'Notes must be text.' })
  .max(TEXT_LIMITS.notes, `Notes can be at most ${TEXT_LIMITS.notes} characters.`)
  .transform((s) => s.trim())

/** Every range of dates, closed or open-ended: its start may not come after its end. */
export const startNotAfterEnd = (r: { from?: string | undefined; to?: string | undefined }) =>
  r.from === undefined || r.to === undefined || r.from <= r.to
export const RANGE_ORDER_ERROR = {
  message: 'The start of the range must not be after its end.',
  path: ['from'],
}

/** A range's two days, for schemas that ask a range and more (`trendsRequestSchema`). */
export const dateRangeFields = { from: isoDateSchema, to: isoDateSchema }

export const dateRangeSchema = z
  .object(dateRangeFields)
  .strict()
  .refine(startNotAfterEnd, RANGE_ORDER_ERROR)
export type DateRange = z.infer<typeof dateRangeSchema>

/** Refuses a value for a rule across fields, naming the one field the person should change. */
export function refuseField(ctx: z.RefinementCtx, field: string, message: string): void {
  ctx.addIssue({ code: 'custom', path: [field], message })
}

/** "Show my doctor" beside a note: the note is printed, dated, in the doctor's summary. */
export const noteForDoctorSchema = z
  .boolean({ error: 'Show my doctor is yes or no.' })
  .default(false)

/** A note marked for the doctor must say something: refuse the mark on an empty note. */
export function markedNoteHasText(
  value: { notes: string; noteForDoctor: boolean },
  ctx: z.RefinementCtx,
): void {
  if (value.noteForDoctor && value.notes === '') {
    refuseField(ctx, 'noteForDoctor', 'Write a note first: there is nothing to show your doctor.')
  }
}
