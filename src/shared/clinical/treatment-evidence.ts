import { MIN_RATED_SESSIONS } from './thresholds'

/** What may be said about one kind of treatment from its pain-rated sessions. */
export type TreatmentEvidence =
  | { status: 'not_enough_data'; minimumRated: number }
  | { status: 'enough_data'; meanChange: number; shareMeaningfulDrop: number }

/**
 * The "enough data" rule of the Treatments page and the report alike: fewer than 3 sessions
 * rated before and after, and no numbers are shown at all.
 */
export function treatmentEvidence(
  rated: number,
  meanChange: number | null,
  shareMeaningfulDrop: number | null,
): TreatmentEvidence {
  return rated < MIN_RATED_SESSIONS || meanChange === null || shareMeaningfulDrop === null
    ? { status: 'not_enough_data', minimumRated: MIN_RATED_SESSIONS }
    : { status: 'enough_data', meanChange, shareMeaningfulDrop }
}

/** "2 rated; 3 needed" until there is enough data, then "4 rated": it cannot be misread. */
export function ratedWording(rated: number): string {
  return rated < MIN_RATED_SESSIONS
    ? `${rated} rated; ${MIN_RATED_SESSIONS} needed`
    : `${rated} rated`
}
