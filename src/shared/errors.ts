import { z } from 'zod'

export const errorCodes = [
  'invalid_input',
  'not_found',
  'conflict',
  'forbidden',
  'unknown_channel',
  'unavailable',
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

/** Turns zod issues into field issues keyed by a dotted path (`pain`, `symptoms.0`). */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }))
}

export function invalidInput(error: z.ZodError): AppError {
  const issues = toFieldIssues(error)
  const first = issues[0]
  const message =
    issues.length === 1 && first ? first.message : `${issues.length} answers need attention.`
  return new AppError('invalid_input', message, issues)
}
