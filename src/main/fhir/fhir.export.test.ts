import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTempDiary, type TempDiary } from '../../../testing/temp-diary'
import { REPORT_PERIOD, seedReportFixture } from '../../../testing/report-fixture'
import { seedSyntheticDiary } from '../../../testing/synthetic-diary'
import { expectRefused } from '../../../testing/expect-refused'
import { fhirProblems, requiredBindingProblems } from '../../../testing/fhir-validate'
import { SYMPTOM_CODES } from '../../shared/clinical/symptoms'
import { PEG_PANEL_LOINC, PEG_SCORE_LOINC } from '../../shared/clinical/peg'
import { buildFhirBundle, checkinEffective, PAIN_NRS_LOINC, type FhirBundle } from './fhir-bundle'
import { periodBundle } from './fhir.export'

let diary: TempDiary
const NOW = new Date('2026-04-10T09:00:00')
beforeEach(() => {
  diary = openTempDiary({ now: () => NOW })
})
afterEach(() => diary.close())

let counter = 0
const uuid = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`

async function exportFile(range = REPORT_PERIOD): Promise<FhirBundle> {
  const target = join(diary.dir, 'march.json')
  diary.services.nextSavePath = target
  const result = await diary.call('report:exportFhir', range)
  expect(result).toEqual({ ok: true, value: { saved: true, files: [target] } })
  expect(readdirSync(diary.dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  return JSON.parse(readFileSync(target, 'utf8')) as FhirBundle
}

const resources = (bundle: FhirBundle, type: string) =>
  bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === type)

describe('report:exportFhir writes a valid FHIR R4 collection Bundle', () => {
  it('validates the report fixture’s month against the R4 StructureDefinitions', async () => {
    seedReportFixture(diary.db)
    await diary.call('settings:save', { reportLabel: 'J. Smith, born 1980' })
    const bundle = await exportFile()
    expect(fhirProblems(bundle)).toEqual([])
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' })
    // The required bindings were really looked at: the bundle's type and every status.
    const { checked } = requiredBindingProblems(bundle)
    expect(checked.map((c) => c.path)).toEqual(
      expect.arrayContaining(['Bundle.type', 'Observation.status', 'QuestionnaireResponse.status']),
    )

    // Six check-ins: six pain scores coded LOINC 72514-3, each at its own date-time.
    const observations = resources(bundle, 'Observation') as {
      code: { coding?: { code: string }[]; text?: string }
      effectiveDateTime: string
      valueInteger?: number
      note?: { text: string }[]
    }[]
    const pain = observations.filter((o) => o.code.coding?.[0]?.code === PAIN_NRS_LOINC)
    expect(pain.map((o) => [o.effectiveDateTime, o.valueInteger])).toEqual([
      ['2026-03-02', 6],
      ['2026-03-02', 4],
      ['2026-03-10', 8],
      ['2026-03-20', 2],
      ['2026-03-20', 9],
      ['2026-03-20', 3],
    ])
    // The flare-up's note was marked for the doctor; the morning's was not.
    expect(pain.flatMap((o) => o.note ?? [])).toEqual([
      { text: 'Bent to pick up a box,\nspasm for 10 min' },
    ])
    // Other measures carry a text code.
    expect(observations.filter((o) => o.code.text?.startsWith('Back stiffness'))).toHaveLength(6)

    // Two PEGs in March: a QuestionnaireResponse for panel 91148-7 and a 91147-9 score each.
    const responses = resources(bundle, 'QuestionnaireResponse') as {
      questionnaire: string
      authored: string
      item: { linkId: string; answer: Record<string, number>[] }[]
    }[]
    expect(responses.map((r) => [r.questionnaire, r.authored])).toEqual([
      [`http://loinc.org/q/${PEG_PANEL_LOINC}`, '2026-03-02'],
      [`http://loinc.org/q/${PEG_PANEL_LOINC}`, '2026-03-16'],
    ])
    expect(responses[0]?.item.map((i) => [i.linkId, i.answer[0]])).toEqual([
      ['75893-8', { valueInteger: 6 }],
      ['91145-3', { valueInteger: 7 }],
      ['91146-1', { valueInteger: 5 }],
      [PEG_SCORE_LOINC, { valueDecimal: 6 }],
    ])
    const scores = observations.filter((o) => o.code.coding?.[0]?.code === PEG_SCORE_LOINC)
    expect(scores.map((o) => o.effectiveDateTime)).toEqual(['2026-03-02', '2026-03-16'])
  })

  it('identifies the person by nothing but the label they typed', async () => {
    seedReportFixture(diary.db)
    await diary.call('settings:save', { reportLabel: '  Jo  ' })
    const bundle = await exportFile()
    const text = JSON.stringify(bundle)
    expect(text).not.toMatch(/"identifier"|"id"\s*:/)
    expect(resources(bundle, 'Patient')).toEqual([
      { resourceType: 'Patient', name: [{ text: 'Jo' }] },
    ])
    const patientUrl = bundle.entry[0]?.fullUrl
    for (const r of resources(bundle, 'Observation') as { subject?: { reference: string } }[]) {
      expect(r.subject).toEqual({ reference: patientUrl })
    }
    // Full URLs are fresh random UUIDs, not the diary's row ids.
    for (const e of bundle.entry) expect(e.fullUrl).toMatch(/^urn:uuid:[0-9a-f-]{36}$/)
  })

  it('without a label: no Patient and no subject', async () => {
    seedReportFixture(diary.db)
    const bundle = await exportFile()
    expect(fhirProblems(bundle)).toEqual([])
    expect(resources(bundle, 'Patient')).toEqual([])
    expect(JSON.stringify(bundle)).not.toContain('"subject"')
  })

  it('stays valid when a marked note or the label holds control characters (pasted text)', () => {
    const checkin = (doctorNote: string) => ({
      date: '2026-03-02',
      slot: 'morning' as const,
      recordedAt: '2026-03-02T07:30:00.000Z',
      pain: 5,
      stiffness: 5,
      stiffnessMinutes: null,
      spasmFrequency: 0,
      spasmSeverity: null,
      sleepInterrupted: false,
      doctorNote,
      symptoms: [],
      legSides: {},
    })
    const bundle = buildFhirBundle({
      label: 'Jo\u0000 Smith\u0007',
      checkins: [
        checkin('\u0000Worse\u001b after\tlifting\r\nthe box\u0000'),
        checkin('\u0000\u0007'),
      ],
      pegs: [],
      now: NOW,
      uuid,
    })
    expect(fhirProblems(bundle)).toEqual([])
    expect(resources(bundle, 'Patient')).toEqual([
      { resourceType: 'Patient', name: [{ text: 'Jo Smith' }] },
    ])
    const notes = (resources(bundle, 'Observation') as { note?: { text: string }[] }[])
      .filter((o) => o.note)
      .map((o) => o.note)
    expect(notes).toEqual([[{ text: 'Worse after\tlifting\r\nthe box' }]])
  })

  it('says which leg a leg sign is about, and that an old tick has no side recorded', async () => {
    await diary.call('checkins:save', {
      date: '2026-03-03',
      slot: 'morning',
      pain: 5,
      stiffness: 4,
      spasmFrequency: 0,
      symptoms: ['one_leg_weakness', 'pain_below_knee_one_leg', 'fever'],
      legSides: { one_leg_weakness: 'left' },
    })
    const bundle = periodBundle(diary.db, { from: '2026-03-01', to: '2026-03-31' }, NOW, uuid)
    expect(fhirProblems(bundle)).toEqual([])
    const signs = (
      resources(bundle, 'Observation') as { code: { text?: string }; bodySite?: unknown }[]
    ).filter((o) => o.code.text?.startsWith('Warning sign'))
    expect(signs.map((o) => [o.code.text, o.bodySite])).toEqual([
      ['Warning sign reported: Fever (over 38.3 °C) with back pain', undefined],
      ['Warning sign reported: Weakness in one leg (left leg)', { text: 'Left leg' }],
      [
        'Warning sign reported: Pain travelling down one leg below the knee (side not recorded)',
        undefined,
      ],
    ])
  })

  it('validates a year of a synthetic diary', () => {
    seedSyntheticDiary(diary.db, { to: '2026-04-09', days: 365 })
    const bundle = periodBundle(diary.db, { from: '2025-04-10', to: '2026-04-09' }, NOW, uuid)
    expect(bundle.entry.length).toBeGreaterThan(2000)
    expect(fhirProblems(bundle)).toEqual([])
  })

  it('validates every warning sign, every optional measure and a PEG of zeros and tens', () => {
    const bundle = buildFhirBundle({
      label: 'A',
      checkins: SYMPTOM_CODES.map((code, i) => ({
        date: '2026-03-02',
        slot: i % 2 === 0 ? 'morning' : 'other',
        recordedAt: '2026-03-02T07:30:00.000Z',
        pain: i % 11,
        stiffness: 10 - (i % 11),
        stiffnessMinutes: i % 2 === 0 ? 90 : null,
        spasmFrequency: i % 5,
        spasmSeverity: i % 5 === 0 ? null : 3,
        sleepInterrupted: i % 3 === 0,
        doctorNote: i === 0 ? 'A marked note with “quotes” & <angle brackets>' : null,
        symptoms: [code],
        // Every side a leg sign can record, one per check-in of that sign.
        legSides: code === 'one_leg_weakness' ? { one_leg_weakness: 'right' as const } : {},
      })),
      pegs: [
        { date: '2026-03-01', pain: 0, enjoyment: 0, activity: 0 },
        { date: '2026-03-08', pain: 10, enjoyment: 10, activity: 9 },
      ],
      now: NOW,
      uuid,
    })
    expect(fhirProblems(bundle)).toEqual([])
  })

  it('is caught by the validator when wrong (a positive control)', async () => {
    seedReportFixture(diary.db)
    const bundle = await exportFile()
    const broken = (change: (b: Record<string, unknown>) => void) => {
      const copy = JSON.parse(JSON.stringify(bundle)) as Record<string, unknown>
      change(copy)
      return fhirProblems(copy)
    }
    const first = (b: Record<string, unknown>) =>
      (b['entry'] as { resource: Record<string, unknown> }[])[0]?.resource ?? {}
    expect(broken((b) => (b['type'] = 'pile'))).toEqual([
      expect.stringContaining('Bundle.type: "pile"'),
    ])
    expect(broken((b) => (first(b)['status'] = 'done'))).toEqual([
      expect.stringContaining('Observation.status: "done"'),
    ])
    expect(broken((b) => delete first(b)['code']).join()).toMatch(/Missing required property/)
    expect(broken((b) => (first(b)['effectiveDateTime'] = '2026-13-45')).join()).toMatch(
      /Invalid dateTime/,
    )
    expect(broken((b) => (first(b)['identifier'] = 'x')).join()).toMatch(/identifier/)
    // A reference to an entry that is not in the bundle is not excused.
    const dangling = broken((b) => {
      const score = (b['entry'] as { resource: Record<string, unknown> }[])
        .map((e) => e.resource)
        .find((r) => 'derivedFrom' in r)
      if (score) score['derivedFrom'] = [{ reference: `urn:uuid:${uuid()}` }]
    })
    expect(dangling).toEqual([expect.stringMatching(/^warning: Invalid reference: got "urn:uuid:/)])
  })
})

describe('report:exportFhir in use', () => {
  it('writes nothing for a period with nothing recorded', async () => {
    diary.services.nextSavePath = join(diary.dir, 'empty.json')
    const result = await diary.call('report:exportFhir', REPORT_PERIOD)
    expect(result).toMatchObject({ ok: true, value: { saved: false } })
    expect(readdirSync(diary.dir).filter((f) => f.endsWith('.json'))).toEqual([])
  })

  it('answers "not saved" when the dialog is cancelled', async () => {
    seedReportFixture(diary.db)
    const result = await diary.call('report:exportFhir', REPORT_PERIOD)
    expect(result).toMatchObject({ ok: true, value: { saved: false } })
  })

  it('says so, and leaves nothing behind, when the folder cannot be written', async () => {
    seedReportFixture(diary.db)
    diary.services.nextSavePath = join(diary.dir, 'gone', 'x.json')
    const result = await diary.call('report:exportFhir', REPORT_PERIOD)
    expect(result).toMatchObject({ ok: false, error: { code: 'unavailable' } })
    expect(
      readdirSync(diary.dir).filter(
        (f) => f !== 'journal.sqlite' && !f.startsWith('journal.sqlite-'),
      ),
    ).toEqual([])
  })

  it.each([
    ['wrong type', { from: 3, to: '2026-03-31' }, 'from'],
    ['an impossible date', { from: '2026-03-01', to: '2026-02-30' }, 'to'],
    ['from after to', { from: '2026-03-31', to: '2026-03-01' }, 'from'],
    ['an extra field', { ...REPORT_PERIOD, format: 'xml' }, ''],
  ])('refuses %s and writes nothing', async (_name, input, path) => {
    seedReportFixture(diary.db)
    diary.services.nextSavePath = join(diary.dir, 'x.json')
    await expectRefused(diary, 'report:exportFhir', input, { path: path || undefined })
  })
})

describe('effective date-times', () => {
  it.each([
    ['saved on its own date: that moment, with the offset', '2026-03-02', '2026-03-02T07:30:00'],
    ['filled in a day later: just its date', '2026-03-01', '2026-03-02T07:30:00'],
  ])('%s', (_label, date, localSaved) => {
    const recordedAt = new Date(localSaved).toISOString()
    const effective = checkinEffective({ date, recordedAt })
    if (date === '2026-03-02') {
      expect(effective).toMatch(/^2026-03-02T07:30:00[+-]\d{2}:\d{2}$/)
      expect(new Date(effective).toISOString()).toBe(recordedAt)
    } else {
      expect(effective).toBe('2026-03-01')
    }
  })
})
