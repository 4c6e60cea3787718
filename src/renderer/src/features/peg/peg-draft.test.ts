import { describe, expect, it } from 'vitest'
import { EMPTY_PEG, isComplete, pegDraft } from './peg-draft'

describe('the PEG card’s draft', () => {
  it('sends the three answers for the day', () => {
    expect(pegDraft({ pain: 6, enjoyment: 0, activity: 10 }, '2026-11-25')).toEqual({
      date: '2026-11-25',
      pain: 6,
      enjoyment: 0,
      activity: 10,
    })
  })

  it('sends an unanswered question as null, which main refuses by name', () => {
    const draft = pegDraft({ ...EMPTY_PEG, pain: 4 }, '2026-11-25') as Record<string, unknown>
    expect(draft['enjoyment']).toBeNull()
    expect(isComplete({ ...EMPTY_PEG, pain: 4 })).toBe(false)
    expect(isComplete({ pain: 0, enjoyment: 0, activity: 0 })).toBe(true)
  })
})
