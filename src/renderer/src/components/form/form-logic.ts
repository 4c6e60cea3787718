import { contract, type Channel, type InputOf } from '@shared/contract'
import { invalidInput } from '@shared/errors'
import { BridgeError } from '@renderer/lib/bridge'

/** A draft as the form builds it, before the check: an unanswered question is still null. */
export type Unchecked<T> = { [K in keyof T]: T[K] | null }

/**
 * The channel's own contract schema, run in the window before the round trip (main checks
 * again): the draft as the channel takes it, or the BridgeError main would answer, with the
 * same sentence and field issues, so a refusal reads the same wherever it was found.
 */
export function checkedInput<C extends Channel>(channel: C, draft: unknown): InputOf<C> {
  const parsed = contract[channel].input.safeParse(draft)
  if (!parsed.success) throw new BridgeError(invalidInput(parsed.error).toShape())
  // What the schema accepts is, by its definition, the channel's input.
  return draft as InputOf<C>
}

/** Said at the top when every issue is shown next to its own field. */
export const SEE_BELOW = 'Some answers need attention; see the messages below.'

/**
 * Where a failed save's messages go: each refusal issue next to its field (`symptoms.0` goes to
 * `symptoms`), the first per field; the top says "see below" when every issue found its field,
 * and the failure's own sentence when some did not or it was not a refusal at all.
 */
export function placeIssues(
  error: unknown,
  fields: readonly string[],
): { errors: Record<string, string>; formError: string } {
  if (!(error instanceof BridgeError)) {
    return { errors: {}, formError: error instanceof Error ? error.message : String(error) }
  }
  const errors: Record<string, string> = {}
  let unplaced = false
  for (const issue of error.issues) {
    const field = issue.path.split('.')[0] ?? ''
    if (fields.includes(field)) errors[field] ??= issue.message
    else unplaced = true
  }
  const allPlaced = Object.keys(errors).length > 0 && !unplaced
  return { errors, formError: allPlaced ? SEE_BELOW : error.message }
}

/**
 * What Enter does in a form: `save`, `block` (keep the browser from submitting on its own) or
 * `pass` (the control's own Enter: a new line in a text area, a button press, opening a summary).
 * Ctrl/Cmd+Enter always saves; plain Enter only where `enterSaves`, and never on a tick box,
 * where a person pressing Enter meant to tick it and must not lose the answer.
 */
export function enterAction(
  key: { key: string; ctrlKey: boolean; metaKey: boolean },
  target: { tagName: string; type?: string },
  enterSaves: boolean,
): 'save' | 'block' | 'pass' {
  if (key.key !== 'Enter') return 'pass'
  if (key.ctrlKey || key.metaKey) return 'save'
  if (!enterSaves) return 'pass'
  if (target.tagName === 'INPUT' && target.type === 'checkbox') return 'block'
  return ['TEXTAREA', 'BUTTON', 'SUMMARY'].includes(target.tagName) ? 'pass' : 'save'
}
