import { z } from 'zod'

export const errorCodes = [
  'invalid_input',
  'not_found',
  'conflict',
  'forbidden',
  'unknown_channel',
  'unavailable',
  /** The journal is open read-only (a read-only file, folder or disk): nothing can be saved. */
  'read_only',
  /** No journal is open (it could not be opened); only the repair (`recovery:`) channels answer. */
  'no_journal',
  'internal',
] as const
export type ErrorCode = (typeof errorCodes)[number]

export const issueSchema = z.object({ path: z.string(), message: z.string() })
export type FieldIssue = z.infer<typeof issueSchema>

export const appErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  issues: z.array(issueSchema).optional(),
})
export type AppErrorShape = z.infer<typeof appErrorSchema>

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape }

/**
 * An error a handler or repository throws on purpose. Its message is written for the person
 * using the app and crosses the bridge as is; anything else becomes a generic `internal` error.
 */
export class AppError extends Error {
  readonly code: ErrorCode
  readonly issues: FieldIssue[] | undefined

  constructor(code: ErrorCode, message: string, issues?: FieldIssue[]) {
    super(message)
    this.name = 'AppError'
    this.code = code
    this.issues = issues
  }

  toShape(): AppErrorShape {
    return this.issues
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message }
  }
}

/** Longest piece of someone's input an error message repeats. */
export const EXCERPT_LENGTH = 80
/** Most field issues one refusal lists; the message counts the rest. */
export const MAX_FIELD_ISSUES = 20

/**
 * A short excerpt of text that may come from the input (a 1 MB key must not come back whole):
 * at most EXCERPT_LENGTH characters, control characters shown as spaces.
 */
export function excerpt(text: string, max = EXCERPT_LENGTH): string {
  // eslint-disable-next-line no-control-regex -- control characters are what it removes.
  const clean = text.slice(0, max + 1).replace(/[\u0000-\u001f\u007f]/g, ' ')
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean
}

/** Turns zod issues into field issues keyed by a dotted path (`pain`, `symptoms.0`). */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.slice(0, MAX_FIELD_ISSUES).map((issue) => ({
    path: excerpt(issue.path.map(String).join('.'), 200),
    message: excerpt(issue.message, 200),
  }))
}

export function invalidInput(error: z.ZodError): AppError {
  const issues = toFieldIssues(error)
  const first = issues[0]
  const message =
    error.issues.length === 1 && first
      ? first.message
      : `${error.issues.length} answers need attention.`
  return new AppError('invalid_input', message, issues)
}
