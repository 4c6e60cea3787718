import { describe, expect, it } from 'vitest'
import { experimentDraftSchema } from '@shared/domain/experiment'
import { experimentDraft, type CreateValues } from './experiment-draft'

const values: CreateValues = {
  question: 'morning_walk',
  optionA: 'left over',
  optionB: '',
  outcome: 'morning_stiffness',
  startsOn: '2026-12-07',
  pairs: '6',
  periodDays: '3',
  washoutDays: '1',
}

describe('the create form’s draft', () => {
  it('sends numbers, and option names only for the person’s own question', () => {
    const draft = experimentDraft(values)
    expect(draft).toEqual({
      question: 'morning_walk',
      outcome: 'morning_stiffness',
      startsOn: '2026-12-07',
      pairs: 6,
      periodDays: 3,
      washoutDays: 1,
    })
    expect(experimentDraftSchema.safeParse(draft).success).toBe(true)
    const own = experimentDraft({ ...values, question: 'own', optionA: 'Yoga', optionB: 'Swim' })
    expect(own).toMatchObject({ optionA: 'Yoga', optionB: 'Swim' })
  })
})
