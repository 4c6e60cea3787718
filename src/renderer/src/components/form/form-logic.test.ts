import { describe, expect, it } from 'vitest'
import { BridgeError } from '@renderer/lib/bridge'
import { enterAction, placeIssues, SEE_BELOW } from './form-logic'

const FIELDS = ['pain', 'stiffnessMinutes', 'symptoms', 'notes']

function refusal(...issues: { path: string; message: string }[]) {
  return new BridgeError({
    code: 'invalid_input',
    message: `${issues.length} answers need attention.`,
    issues,
  })
}

describe('placing a refused save on the form', () => {
  it('puts each issue next to its field and says "see below" at the top', () => {
    const placed = placeIssues(
      refusal(
        { path: 'pain', message: 'Pain must be a whole number from 0 to 10.' },
        { path: 'stiffnessMinutes', message: 'Too long.' },
      ),
      FIELDS,
    )
    expect(placed).toEqual({
      errors: { pain: 'Pain must be a whole number from 0 to 10.', stiffnessMinutes: 'Too long.' },
      formError: SEE_BELOW,
    })
  })

  it('sends a list item’s issue to its list, keeping the first message per field', () => {
    const placed = placeIssues(
      refusal(
        { path: 'symptoms.1', message: 'Unknown warning sign.' },
        { path: 'symptoms.3', message: 'Another one.' },
      ),
      FIELDS,
    )
    expect(placed.errors).toEqual({ symptoms: 'Unknown warning sign.' })
  })

  it('says main’s sentence at the top when an issue has no field on this form', () => {
    const placed = placeIssues(
      refusal(
        { path: 'pain', message: 'Pain is required.' },
        { path: 'date', message: 'Choose today or an earlier date.' },
      ),
      FIELDS,
    )
    expect(placed).toEqual({
      errors: { pain: 'Pain is required.' },
      formError: '2 answers need attention.',
    })
  })

  it('says a failure that is not a refusal at the top, with no field marked', () => {
    expect(placeIssues(new Error('The journal is read-only.'), FIELDS)).toEqual({
      errors: {},
      formError: 'The journal is read-only.',
    })
    expect(
      placeIssues(new BridgeError({ code: 'conflict', message: 'Already there.' }), FIELDS),
    ).toEqual({
      errors: {},
      formError: 'Already there.',
    })
  })
})

describe('Enter in a form', () => {
  const key = (over: Partial<{ key: string; ctrlKey: boolean; metaKey: boolean }> = {}) => ({
    key: 'Enter',
    ctrlKey: false,
    metaKey: false,
    ...over,
  })
  const input = { tagName: 'INPUT', type: 'number' }

  it('saves with Ctrl or Cmd from anywhere, even a text area or a tick box', () => {
    for (const target of [input, { tagName: 'TEXTAREA' }, { tagName: 'INPUT', type: 'checkbox' }]) {
      expect(enterAction(key({ ctrlKey: true }), target, false)).toBe('save')
      expect(enterAction(key({ metaKey: true }), target, true)).toBe('save')
    }
  })

  it('saves with plain Enter only where the form asks for it', () => {
    expect(enterAction(key(), input, true)).toBe('save')
    expect(enterAction(key(), input, false)).toBe('pass')
  })

  it('leaves plain Enter to text areas, buttons and summaries', () => {
    for (const tagName of ['TEXTAREA', 'BUTTON', 'SUMMARY']) {
      expect(enterAction(key(), { tagName }, true)).toBe('pass')
    }
  })

  it('blocks plain Enter on a tick box: it must neither save nor submit by itself', () => {
    expect(enterAction(key(), { tagName: 'INPUT', type: 'checkbox' }, true)).toBe('block')
  })

  it('ignores other keys', () => {
    expect(enterAction(key({ key: 'a', ctrlKey: true }), input, true)).toBe('pass')
  })
})
