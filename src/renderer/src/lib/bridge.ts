import type { JournalApi } from '../../../shared/contract'
import type { AppErrorShape, ErrorCode, FieldIssue, Result } from '../../../shared/errors'

/** A refusal or failure from main, carrying the envelope's code, sentence and field issues. */
export class BridgeError extends Error {
  readonly code: ErrorCode
  readonly issues: FieldIssue[]

  constructor(error: AppErrorShape) {
    super(error.message)
    this.name = 'BridgeError'
    this.code = error.code
    this.issues = error.issues ?? []
  }

  /** Field name → first message, for showing next to the field. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {}
    for (const issue of this.issues) out[issue.path] ??= issue.message
    return out
  }
}

export async function unwrap<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending
  if (!result.ok) throw new BridgeError(result.error)
  return result.value
}

export function journal(): JournalApi {
  return window.journal
}
