import { describe, expect, it } from 'vitest'
import { treatmentDraftSchema, type Treatment } from '@shared/domain/treatment'
import { treatmentDraft, treatmentToDraft, treatmentValues } from './treatment-draft'

const NOW = new Date(2026, 10, 25, 19, 30)

const saved: Treatment = {
  id: 12,
  kind: 'tens',
  detail: 'Level 4',
  startedAt: '2026-11-24T08:30',
  durationMinutes: 20,
  painBefore: 6,
  painAfter: 4,
  sideEffect: 'Skin irritation under the pads',
  episodeId: null,
  notes: 'Helped for an hour',
  noteForDoctor: true,
  createdAt: '2026-11-24T08:50:00.000Z',
  updatedAt: '2026-11-24T08:50:00.000Z',
}

describe('treatment drafts', () => {
  it('start blank at the current minute, with no kind chosen', () => {
    expect(treatmentValues(NOW)).toEqual({
      kind: null,
      painBefore: null,
      painAfter: null,
      startedAt: '2026-11-25T19:30',
      durationMinutes: '',
      detail: '',
      sideEffect: '',
      notes: '',
      noteForDoctor: false,
    })
  })

  it('send a quick log with only the kind, which main accepts', () => {
    const draft = treatmentDraft({ ...treatmentValues(NOW), kind: 'heat' })
    expect(draft).toMatchObject({
      kind: 'heat',
      startedAt: '2026-11-25T19:30',
      durationMinutes: null,
    })
    expect(treatmentDraftSchema.safeParse(draft).success).toBe(true)
  })

  it('leave an unchosen kind out, so main names it', () => {
    const parsed = treatmentDraftSchema.safeParse(treatmentDraft(treatmentValues(NOW)))
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['kind'])
  })

  it('send typed minutes as a number and an empty box as none', () => {
    const values = { ...treatmentValues(NOW), kind: 'ice' as const }
    expect(treatmentDraft({ ...values, durationMinutes: ' 20 ' }).durationMinutes).toBe(20)
    expect(treatmentDraft({ ...values, durationMinutes: '   ' }).durationMinutes).toBeNull()
  })

  it('edit a saved session: every answer back, the id kept', () => {
    const draft = treatmentDraft(treatmentValues(NOW, saved), saved.id)
    expect(draft).toEqual({
      id: 12,
      kind: 'tens',
      startedAt: '2026-11-24T08:30',
      durationMinutes: 20,
      painBefore: 6,
      painAfter: 4,
      detail: 'Level 4',
      sideEffect: 'Skin irritation under the pads',
      notes: 'Helped for an hour',
      noteForDoctor: true,
    })
    expect(treatmentDraftSchema.safeParse(draft).success).toBe(true)
    // An emptied note goes unmarked: there is nothing to show the doctor.
    const emptied = treatmentDraft({ ...treatmentValues(NOW, saved), notes: '' }, saved.id)
    expect(emptied.noteForDoctor).toBe(false)
  })

  it('send a cleared side effect as empty text, which main stores as none', () => {
    const draft = treatmentDraft({ ...treatmentValues(NOW, saved), sideEffect: '' }, saved.id)
    expect(treatmentDraftSchema.parse(draft).sideEffect).toBeNull()
  })

  it('re-create a deleted session as it was, without its id (undo)', () => {
    const draft = treatmentToDraft(saved)
    expect(draft).not.toHaveProperty('id')
    expect(treatmentDraftSchema.parse(draft)).toMatchObject({
      kind: 'tens',
      painBefore: 6,
      sideEffect: 'Skin irritation under the pads',
      noteForDoctor: true,
    })
  })
})
