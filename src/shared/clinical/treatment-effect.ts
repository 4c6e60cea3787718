/**
 * The "what works" rule of DESIGN §3.4, shared by the Treatments page and the Insights page:
 * a treatment's numbers are shown once it has this many sessions rated before and after.
 */
export const MIN_RATED_SESSIONS = 3

/** A change of this many points on a 0–10 scale is the usual threshold for a meaningful change. */
export const MEANINGFUL_CHANGE = 2
