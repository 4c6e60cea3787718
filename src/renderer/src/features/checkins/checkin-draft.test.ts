import { describe, expect, it } from 'vitest'
import { checkinDraftSchema, type Checkin } from '@shared/domain/checkin'
import { checkinDraft, checkinToDraft, checkinValues, type CheckinValues } from './checkin-draft'

const saved: Checkin = {
  id: 7,
  date: '2026-11-24',
  slot: 'morning',
  recordedAt: '2026-11-24T07:40:00.000Z',
  pain: 6,
  stiffness: 7,
  stiffnessMinutes: 45,
  spasmFrequency: 2,
  spasmSeverity: 2,
  sleepInterrupted: true,
  episodeId: 3,
  notes: 'Locked until eight',
  noteForDoctor: true,
  createdAt: '2026-11-24T07:40:00.000Z',
  updatedAt: '2026-11-24T07:40:00.000Z',
  symptoms: ['fever', 'retired_code'],
  legSides: {},
  factors: null,
}

/** What a form sends as it found it: no severity, a night not interrupted, no note, no signs. */
const UNTOUCHED = {
  spasmSeverity: null,
  sleepInterrupted: false,
  notes: '',
  noteForDoctor: false,
  symptoms: [],
  legSides: {},
}

const answered: CheckinValues = {
  ...checkinValues(),
  pain: 4,
  stiffness: 5,
  spasmFrequency: 0,
}

describe('check-in form values', () => {
  it('start blank: no scale answered, no minutes, no signs', () => {
    expect(checkinValues()).toEqual({
      pain: null,
      stiffness: null,
      stiffnessMinutes: '',
      spasmFrequency: null,
      ...UNTOUCHED,
      factors: null,
    })
  })

  it('hold a saved entry for editing, minutes as text', () => {
    expect(checkinValues(saved)).toMatchObject({
      pain: 6,
      stiffnessMinutes: '45',
      notes: 'Locked until eight',
    })
  })
})

describe('check-in drafts', () => {
  it('send a complete morning answer that main accepts', () => {
    const draft = checkinDraft({ ...answered, stiffnessMinutes: ' 30 ' }, '2026-11-25', 'morning')
    expect(draft).toEqual({
      date: '2026-11-25',
      slot: 'morning',
      pain: 4,
      stiffness: 5,
      stiffnessMinutes: 30,
      spasmFrequency: 0,
      ...UNTOUCHED,
    })
    expect(checkinDraftSchema.safeParse(draft).success).toBe(true)
  })

  it('mark a note for the doctor, and send an emptied note unmarked', () => {
    const marked = { ...answered, notes: 'Worse after the drive', noteForDoctor: true }
    expect(checkinDraft(marked, '2026-11-25', 'other').noteForDoctor).toBe(true)
    const emptied = checkinDraft({ ...marked, notes: '  ' }, '2026-11-25', 'other')
    expect(emptied.noteForDoctor).toBe(false)
    expect(checkinDraftSchema.safeParse(emptied).success).toBe(true)
  })

  it('send empty minutes as "not sure" (null), and no minutes at all off the morning', () => {
    expect(checkinDraft(answered, '2026-11-25', 'morning').stiffnessMinutes).toBeNull()
    const evening = checkinDraft({ ...answered, stiffnessMinutes: '40' }, '2026-11-25', 'evening')
    expect(evening.stiffnessMinutes).toBeNull()
    expect(checkinDraftSchema.safeParse(evening).success).toBe(true)
  })

  it('send typed minutes that are not a number as NaN, for main to refuse by name', () => {
    const draft = checkinDraft({ ...answered, stiffnessMinutes: 'abc' }, '2026-11-25', 'morning')
    const parsed = checkinDraftSchema.safeParse(draft)
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues[0]?.path).toEqual(['stiffnessMinutes'])
  })

  it('leave unanswered scales out, so main names each missing answer', () => {
    const draft = checkinDraft(checkinValues(), '2026-11-25', 'other')
    const parsed = checkinDraftSchema.safeParse(draft)
    expect(parsed.error?.issues.map((i) => i.path[0])).toEqual([
      'pain',
      'stiffness',
      'spasmFrequency',
    ])
  })

  it('drop a severity left from before the frequency went back to none', () => {
    const draft = checkinDraft(
      { ...answered, spasmFrequency: 0, spasmSeverity: 3 },
      '2026-11-25',
      'evening',
    )
    expect(draft.spasmSeverity).toBeNull()
    expect(
      checkinDraft({ ...answered, spasmFrequency: 2, spasmSeverity: 3 }, '2026-11-25', 'evening')
        .spasmSeverity,
    ).toBe(3)
  })

  it('keep the id when editing and send only codes of the catalogue', () => {
    const draft = checkinDraft(checkinValues(saved), saved.date, saved.slot, saved.id)
    expect(draft.id).toBe(7)
    expect(draft.symptoms).toEqual(['fever'])
    expect(checkinDraftSchema.safeParse(draft).success).toBe(true)
  })

  it('re-create a deleted entry as it was, without its id (undo)', () => {
    const draft = checkinToDraft(saved)
    expect(draft).not.toHaveProperty('id')
    expect(draft).toMatchObject({
      date: '2026-11-24',
      slot: 'morning',
      pain: 6,
      stiffnessMinutes: 45,
      noteForDoctor: true,
    })
    expect(draft.symptoms).toEqual(['fever'])
    expect(checkinDraftSchema.safeParse(draft).success).toBe(true)
  })
})

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
  noteForDoctor: false,
  createdAt: '2026-11-24T20:00:00.000Z',
  updatedAt: '2026-11-24T20:00:00.000Z',
  symptoms: [],
  legSides: {},
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

describe('which leg a leg sign is about', () => {
  const ticked: CheckinValues = {
    ...answered,
    symptoms: ['one_leg_weakness', 'pain_below_knee_one_leg'],
    legSides: { one_leg_weakness: 'right' },
  }

  it('sends the side answered and leaves the other unrecorded', () => {
    const draft = checkinDraft(ticked, '2026-11-24', 'evening')
    expect(draft.legSides).toEqual({ one_leg_weakness: 'right' })
    const parsed = checkinDraftSchema.parse(draft)
    expect(parsed.legSides).toEqual({ one_leg_weakness: 'right' })
  })

  it('keeps the side through undo', () => {
    const entry: Checkin = {
      ...evening,
      symptoms: ['one_leg_weakness'],
      legSides: { one_leg_weakness: 'left' },
    }
    expect(checkinToDraft(entry).legSides).toEqual({ one_leg_weakness: 'left' })
    expect(checkinValues(entry).legSides).toEqual({ one_leg_weakness: 'left' })
  })

  it.each([
    [
      'a side for a sign not ticked',
      { ...ticked, legSides: { one_leg_numbness_tingling: 'left' } },
    ],
    ['both legs for a one-leg sign', { ...ticked, legSides: { one_leg_weakness: 'both' } }],
    [
      'a side for a sign not about a leg',
      { ...ticked, symptoms: ['fever'], legSides: { fever: 'left' } },
    ],
  ])('refuses %s', (_label, values) => {
    const result = checkinDraftSchema.safeParse(
      checkinDraft(values as CheckinValues, '2026-11-24', 'evening'),
    )
    expect(result.success).toBe(false)
  })

  it('takes both legs for leg weakness that is getting worse', () => {
    const values: CheckinValues = {
      ...answered,
      symptoms: ['worsening_leg_weakness'],
      legSides: { worsening_leg_weakness: 'both' },
    }
    expect(
      checkinDraftSchema.safeParse(checkinDraft(values, '2026-11-24', 'evening')).success,
    ).toBe(true)
  })
})
