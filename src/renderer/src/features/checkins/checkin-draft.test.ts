import { describe, expect, it } from 'vitest'
import type { Checkin } from '@shared/domain/checkin'
import { checkinDraft, checkinToDraft, checkinValues } from './checkin-draft'

const evening: Checkin = {
  id: 4,
  date: '2026-11-24',
  slot: 'evening',
  recordedAt: '2026-11-24T20:00:00.000Z',
  pain: 3,
  stiffness: 2,
  stiffnessMinutes: null,
  spasmFrequency: 0,
  spasmSeverity: null,
  sleepInterrupted: false,
  episodeId: null,
  notes: '',
  createdAt: '2026-11-24T20:00:00.000Z',
  updatedAt: '2026-11-24T20:00:00.000Z',
  symptoms: [],
  factors: ['long_sitting'],
}

describe("today's factors in the check-in draft", () => {
  it('sends the pressed chips of an evening, and keeps them through undo', () => {
    const values = checkinValues(evening)
    expect(values.factors).toEqual(['long_sitting'])
    expect(checkinDraft(values, evening.date, 'evening', 4).factors).toEqual(['long_sitting'])
    expect(checkinToDraft(evening).factors).toEqual(['long_sitting'])
  })

  it('leaves the stored factors alone when they were not asked for', () => {
    const values = { ...checkinValues(), pain: 2, stiffness: 2, spasmFrequency: 0 }
    expect(checkinDraft(values, '2026-11-24', 'evening')).not.toHaveProperty('factors')
    expect(checkinToDraft({ ...evening, factors: null })).not.toHaveProperty('factors')
  })

  it('records "none of these" when asked and no chip was pressed', () => {
    const values = { ...checkinValues(), pain: 2, stiffness: 2, spasmFrequency: 0 }
    expect(checkinDraft(values, '2026-11-24', 'evening', undefined, true).factors).toEqual([])
  })

  it('never sends factors on a morning or a flare-up', () => {
    const values = { ...checkinValues(evening) }
    expect(checkinDraft(values, evening.date, 'morning', undefined, true)).not.toHaveProperty(
      'factors',
    )
    expect(checkinDraft(values, evening.date, 'other', undefined, true)).not.toHaveProperty(
      'factors',
    )
  })
})
