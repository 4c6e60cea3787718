/**
 * Treatment kinds of DESIGN §3.4, as the database's CHECK constraint lists them. Trends and the
 * report only read treatments; the treatments feature owns writing them.
 */
export const TREATMENT_KINDS = [
  'heat',
  'ice',
  'stretch',
  'breathing',
  'massage',
  'pressure',
  'chiropractic',
  'acupuncture',
  'tens',
  'medication',
  'rest',
  'walk',
  'other',
] as const
export type TreatmentKind = (typeof TREATMENT_KINDS)[number]

export const TREATMENT_KIND_LABELS: Record<TreatmentKind, string> = {
  heat: 'Heat',
  ice: 'Ice',
  stretch: 'Stretch',
  breathing: 'Slow breathing',
  massage: 'Massage',
  pressure: 'Fingertip pressure',
  chiropractic: 'Chiropractic',
  acupuncture: 'Acupuncture',
  tens: 'TENS',
  medication: 'Medication',
  rest: 'Rest',
  walk: 'Walk',
  other: 'Other',
}
