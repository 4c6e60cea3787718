import { format } from 'date-fns'
import type { IsoDate } from '../../shared/dates'
import { PEG_ITEMS, PEG_PANEL_LOINC, PEG_SCORE_LOINC, pegScore } from '../../shared/clinical/peg'
import {
  LEG_SIDE_LABELS,
  legSideIn,
  symptomByCode,
  symptomLabelWithSide,
  type LegSides,
} from '../../shared/clinical/symptoms'
import { PAIN_ANCHORS, PENN_FREQUENCY, PENN_SEVERITY, STIFFNESS_ANCHORS } from '../../shared/scales'
import { SLOT_LABELS, type Slot } from '../../shared/domain/checkin'

/*
 * A FHIR R4 Bundle of type "collection" for a clinician's system (issue 10). Only the parts of
 * R4 this export writes are typed here; the tests validate every bundle against the R4
 * StructureDefinitions. Nothing identifies the person except the label they typed: no ids, no
 * identifiers; entries reference each other by random urn:uuid full URLs made per export.
 */

export const LOINC = 'http://loinc.org'
const UCUM = 'http://unitsofmeasure.org'
const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category'
export const PAIN_NRS_LOINC = '72514-3'
const PAIN_NRS_DISPLAY = 'Pain severity - 0-10 verbal numeric rating [Score] - Reported'

interface Coding {
  system: string
  code: string
  display?: string
}
interface CodeableConcept {
  coding?: Coding[]
  text?: string
}
interface Reference {
  reference: string
}
interface Quantity {
  value: number
  unit: string
  system: string
  code: string
}

export interface FhirPatient {
  resourceType: 'Patient'
  name: { text: string }[]
}

export interface FhirObservation {
  resourceType: 'Observation'
  status: 'final'
  category: CodeableConcept[]
  code: CodeableConcept
  subject?: Reference
  effectiveDateTime: string
  valueInteger?: number
  valueBoolean?: boolean
  valueQuantity?: Quantity
  derivedFrom?: Reference[]
  /** Which leg a leg warning sign is about, when recorded. */
  bodySite?: CodeableConcept
  note?: { text: string }[]
}

interface QuestionnaireResponseItem {
  linkId: string
  text: string
  answer: ({ valueInteger: number } | { valueDecimal: number })[]
}

export interface FhirQuestionnaireResponse {
  resourceType: 'QuestionnaireResponse'
  questionnaire: string
  status: 'completed'
  subject?: Reference
  authored: string
  item: QuestionnaireResponseItem[]
}

export type FhirResource = FhirPatient | FhirObservation | FhirQuestionnaireResponse

export interface FhirBundle {
  resourceType: 'Bundle'
  type: 'collection'
  timestamp: string
  entry: { fullUrl: string; resource: FhirResource }[]
}

/** One check-in as the export needs it. */
export interface FhirCheckin {
  date: IsoDate
  slot: Slot
  /** UTC ISO instant the entry was saved. */
  recordedAt: string
  pain: number
  stiffness: number
  stiffnessMinutes: number | null
  spasmFrequency: number
  spasmSeverity: number | null
  sleepInterrupted: boolean
  /** The note, when the person marked it "show my doctor". */
  doctorNote: string | null
  symptoms: string[]
  /** The recorded side of each ticked leg sign (docs/clinical-rules.md#which-leg). */
  legSides: LegSides
}

export interface FhirPeg {
  date: IsoDate
  pain: number
  enjoyment: number
  activity: number
}

export interface FhirInput {
  /** The name or label the person typed for the report; nothing is sent when empty. */
  label: string
  checkins: FhirCheckin[]
  pegs: FhirPeg[]
  now: Date
  /** A random UUID per call (crypto.randomUUID in the app; fixed in tests). */
  uuid: () => string
}

/** An instant as a FHIR dateTime in local time with its offset: 2026-03-02T08:15:00+01:00. */
export function localDateTime(instant: Date): string {
  return format(instant, "yyyy-MM-dd'T'HH:mm:ssxxx")
}

/**
 * When a check-in's measures were observed: the time it was saved when that was on its own
 * date, else just its date (a check-in filled in later is about that day, not the moment).
 */
export function checkinEffective(c: Pick<FhirCheckin, 'date' | 'recordedAt'>): string {
  const saved = new Date(c.recordedAt)
  return !Number.isNaN(saved.getTime()) && format(saved, 'yyyy-MM-dd') === c.date
    ? localDateTime(saved)
    : c.date
}

/**
 * Text the person typed, as FHIR accepts it: R4 strings may not hold control characters other
 * than tab, line feed and carriage return (a NUL pasted into a note would make the whole bundle
 * invalid), nor be empty. Undefined when nothing is left.
 */
function fhirText(text: string | null): string | undefined {
  // eslint-disable-next-line no-control-regex -- control characters are what it removes.
  const clean = (text ?? '').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').trim()
  return clean === '' ? undefined : clean
}

const SURVEY: CodeableConcept[] = [
  { coding: [{ system: OBSERVATION_CATEGORY, code: 'survey', display: 'Survey' }] },
]

function scaleText(what: string, anchors: Record<number, string>): string {
  return `${what}, 0–10 numeric rating (0 ${anchors[0] ?? ''}, 10 ${anchors[10] ?? ''})`
}

const TEXT_CODES = {
  stiffness: scaleText('Back stiffness', STIFFNESS_ANCHORS),
  stiffnessMinutes: 'Duration of morning back stiffness after getting up',
  spasmFrequency: `Back spasm frequency, Penn Spasm Frequency Scale, self-report (${PENN_FREQUENCY.map(
    (f) => `${f.value} ${f.label.toLowerCase()}`,
  ).join('; ')})`,
  spasmSeverity: `Back spasm severity, Penn scale (${PENN_SEVERITY.map(
    (s) => `${s.value} ${s.label.toLowerCase()}`,
  ).join(', ')})`,
  sleepInterrupted: 'Sleep interrupted by back pain or spasms',
} as const

function observation(
  code: CodeableConcept,
  effective: string,
  value: Pick<FhirObservation, 'valueInteger' | 'valueBoolean' | 'valueQuantity'>,
  subject: Reference | undefined,
): FhirObservation {
  return {
    resourceType: 'Observation',
    status: 'final',
    category: SURVEY,
    code,
    ...(subject ? { subject } : {}),
    effectiveDateTime: effective,
    ...value,
  }
}

function checkinObservations(c: FhirCheckin, subject: Reference | undefined): FhirObservation[] {
  const at = checkinEffective(c)
  const text = (t: string): CodeableConcept => ({ text: t })
  const pain = observation(
    {
      coding: [{ system: LOINC, code: PAIN_NRS_LOINC, display: PAIN_NRS_DISPLAY }],
      text: `${scaleText('Back pain', PAIN_ANCHORS)} — ${SLOT_LABELS[c.slot].toLowerCase()} entry`,
    },
    at,
    { valueInteger: c.pain },
    subject,
  )
  const note = fhirText(c.doctorNote)
  if (note) pain.note = [{ text: note }]
  const out = [
    pain,
    observation(text(TEXT_CODES.stiffness), at, { valueInteger: c.stiffness }, subject),
    observation(text(TEXT_CODES.spasmFrequency), at, { valueInteger: c.spasmFrequency }, subject),
  ]
  if (c.stiffnessMinutes !== null) {
    out.push(
      observation(
        text(TEXT_CODES.stiffnessMinutes),
        at,
        { valueQuantity: { value: c.stiffnessMinutes, unit: 'min', system: UCUM, code: 'min' } },
        subject,
      ),
    )
  }
  if (c.spasmSeverity !== null) {
    out.push(
      observation(text(TEXT_CODES.spasmSeverity), at, { valueInteger: c.spasmSeverity }, subject),
    )
  }
  out.push(
    observation(
      text(TEXT_CODES.sleepInterrupted),
      at,
      { valueBoolean: c.sleepInterrupted },
      subject,
    ),
  )
  for (const code of c.symptoms) {
    if (!symptomByCode(code)) continue
    const side = legSideIn(c.legSides, code)
    const sign = observation(
      text(`Warning sign reported: ${symptomLabelWithSide(code, side)}`),
      at,
      { valueBoolean: true },
      subject,
    )
    if (side !== null) sign.bodySite = text(LEG_SIDE_LABELS[side])
    out.push(sign)
  }
  return out
}

/** The whole export: a Patient holding only the typed label (when there is one), then entries. */
export function buildFhirBundle(input: FhirInput): FhirBundle {
  const entry: FhirBundle['entry'] = []
  const add = (resource: FhirResource): string => {
    const fullUrl = `urn:uuid:${input.uuid()}`
    entry.push({ fullUrl, resource })
    return fullUrl
  }
  const label = fhirText(input.label)
  const subject = label
    ? { reference: add({ resourceType: 'Patient', name: [{ text: label }] }) }
    : undefined

  for (const c of input.checkins) for (const o of checkinObservations(c, subject)) add(o)

  for (const p of input.pegs) {
    // One decimal, as a reader expects a mean of whole numbers.
    const score = Math.round(pegScore(p) * 10) / 10
    const response = add({
      resourceType: 'QuestionnaireResponse',
      questionnaire: `${LOINC}/q/${PEG_PANEL_LOINC}`,
      status: 'completed',
      ...(subject ? { subject } : {}),
      authored: p.date,
      item: [
        ...PEG_ITEMS.map((item) => ({
          linkId: item.loinc,
          text: item.question,
          answer: [{ valueInteger: p[item.key] }],
        })),
        { linkId: PEG_SCORE_LOINC, text: 'Mean score [PEG]', answer: [{ valueDecimal: score }] },
      ],
    })
    const scoreObservation = observation(
      { coding: [{ system: LOINC, code: PEG_SCORE_LOINC, display: 'Mean score [PEG]' }] },
      p.date,
      { valueQuantity: { value: score, unit: '{score}', system: UCUM, code: '{score}' } },
      subject,
    )
    scoreObservation.derivedFrom = [{ reference: response }]
    add(scoreObservation)
  }

  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: localDateTime(input.now),
    entry,
  }
}
