import { describe, expect, it } from 'vitest'
import type { Episode } from '@shared/domain/episode'
import { episodeDraft, episodeValues, onsetDraft } from './episode-draft'

const episode: Episode = {
  id: 2,
  startedOn: '2026-11-20',
  endedOn: null,
  region: 'lower',
  side: 'left',
  trigger: 'unknown',
  triggerNote: '',
  notes: '',
  createdAt: '2026-11-20T08:00:00.000Z',
  updatedAt: '2026-11-20T08:00:00.000Z',
  days: 5,
  flags: [],
  checkinCount: 0,
}

describe('the onset checklist in the episode draft', () => {
  it('sends ticked factors with the note, "none of these" as an empty answer', () => {
    expect(onsetDraft({ factors: ['other'], none: false, otherNote: 'Cold' })).toEqual({
      factors: ['other'],
      otherNote: 'Cold',
    })
    expect(onsetDraft({ factors: [], none: true, otherNote: '' })).toEqual({ factors: [] })
  })

  it('sends null (not answered) when nothing is ticked', () => {
    expect(onsetDraft({ factors: [], none: false, otherNote: '' })).toBeNull()
    expect(episodeDraft(episodeValues('2026-11-25')).onsetFactors).toBeNull()
  })

  it('reads an episode’s answer back: factors, none, or unanswered', () => {
    const answeredAt = '2026-11-20T08:00:00.000Z'
    expect(
      episodeValues('2026-11-25', {
        ...episode,
        onsetFactors: { factors: ['poor_sleep'], otherNote: '', answeredAt },
      }).onsetFactors,
    ).toEqual({ factors: ['poor_sleep'], none: false, otherNote: '' })
    expect(
      episodeValues('2026-11-25', {
        ...episode,
        onsetFactors: { factors: [], otherNote: '', answeredAt },
      }).onsetFactors,
    ).toEqual({ factors: [], none: true, otherNote: '' })
    expect(episodeValues('2026-11-25', episode).onsetFactors).toEqual({
      factors: [],
      none: false,
      otherNote: '',
    })
  })
})
