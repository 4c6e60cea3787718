import type { Channel, Domain, InputOf, OutputOf } from '@shared/contract'
import type { AppEvent, EventPayload } from '@shared/contract/events'
import type { AppErrorShape, ErrorCode, FieldIssue, Result } from '@shared/errors'

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

type Method = (input?: unknown) => Promise<Result<unknown>>

/**
 * Calls one channel through `window.journal` and answers its value; a refusal throws a
 * BridgeError. With `onAppEvent`, the only place the window names `window.journal`.
 */
export async function callChannel<C extends Channel>(
  channel: C,
  input: InputOf<C>,
): Promise<OutputOf<C>> {
  const [domain, verb] = channel.split(':') as [Domain, string]
  const method = (window.journal[domain] as Record<string, Method | undefined>)[verb]
  if (!method) throw new Error(`This window has no way to call ${channel}.`)
  const result = await method(input)
  if (!result.ok) throw new BridgeError(result.error)
  return result.value as OutputOf<C>
}

/** Listens to one of main's events (`contract/events.ts`); answers the unsubscribe. */
export function onAppEvent<E extends AppEvent>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
): () => void {
  return window.journal.on(event, listener)
}
