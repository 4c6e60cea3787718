import { describe, expect, it } from 'vitest'
import { episodeDraftSchema, episodeUpdateSchema } from '@shared/domain/episode'
import { dayCount, episodeDraft, episodeValues, onsetDraft } from './episode-draft'
import { anEpisode } from './episode.fixture'

const ended = anEpisode({
  id: 4,
  startedOn: '2026-11-02',
  endedOn: '2026-11-13',
  region: 'mid',
  trigger: 'lifting',
  triggerNote: 'Moving a sofa',
  notes: 'Worse after the drive',
  noteForDoctor: true,
  createdAt: '2026-11-02T09:00:00.000Z',
  updatedAt: '2026-11-13T09:00:00.000Z',
  days: 12,
  checkinCount: 20,
})

describe('episode drafts', () => {
  it('start a new episode today, in the lower back, trigger unknown, ongoing', () => {
    const draft = episodeDraft(episodeValues('2026-11-25'))
    expect(draft).toEqual({
      startedOn: '2026-11-25',
      endedOn: null,
      region: 'lower',
      side: 'central',
      trigger: 'unknown',
      triggerNote: '',
      notes: '',
      noteForDoctor: false,
      // The "24 hours before" checklist left blank: not answered.
      onsetFactors: null,
    })
    expect(episodeDraftSchema.safeParse(draft).success).toBe(true)
  })

  it('edit an ended episode with its dates, and an emptied end date reopens it', () => {
    const values = episodeValues('2026-11-25', ended)
    expect(values.endedOn).toBe('2026-11-13')
    expect(episodeDraft(values)).toMatchObject({
      startedOn: '2026-11-02',
      endedOn: '2026-11-13',
      region: 'mid',
    })
    expect(episodeDraft({ ...values, endedOn: '' }).endedOn).toBeNull()
    // The note keeps its mark; an emptied note goes unmarked.
    expect(episodeDraft(values).noteForDoctor).toBe(true)
    expect(episodeDraft({ ...values, notes: '' }).noteForDoctor).toBe(false)
    expect(episodeUpdateSchema.safeParse({ id: ended.id, ...episodeDraft(values) }).success).toBe(
      true,
    )
  })

  it('pass an end before the start on for main to refuse next to the end date', () => {
    const draft = episodeDraft({ ...episodeValues('2026-11-25', ended), endedOn: '2026-11-01' })
    const parsed = episodeDraftSchema.safeParse(draft)
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['endedOn'])
  })

  it('count days as "Day N" while ongoing and "N days" once ended', () => {
    expect(dayCount({ ...ended, endedOn: null, days: 9 })).toBe('Day 9')
    expect(dayCount(ended)).toBe('12 days')
    expect(dayCount({ ...ended, days: 1 })).toBe('1 day')
  })
})

const episode = anEpisode({ id: 2 })

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
