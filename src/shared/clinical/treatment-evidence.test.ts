import { describe, expect, it } from 'vitest'
import { MIN_RATED_SESSIONS } from './thresholds'
import { ratedWording, treatmentEvidence } from './treatment-evidence'

describe('treatments: numbers only from 3 rated sessions', () => {
  it.each([
    [0, null, null, 'not_enough_data', '0 rated; 3 needed'],
    [2, 2.5, 0.5, 'not_enough_data', '2 rated; 3 needed'],
    [3, 2, 2 / 3, 'enough_data', '3 rated'],
    [12, -1, 0, 'enough_data', '12 rated'],
  ] as const)('%i rated → %s, "%s"', (rated, mean, share, status, words) => {
    expect(MIN_RATED_SESSIONS).toBe(3)
    const evidence = treatmentEvidence(rated, mean, share)
    expect(evidence.status).toBe(status === 'enough_data' ? 'enough_data' : 'not_enough_data')
    if (evidence.status === 'enough_data') {
      expect(evidence).toEqual({ status, meanChange: mean, shareMeaningfulDrop: share })
    } else {
      expect(evidence).toEqual({ status, minimumRated: MIN_RATED_SESSIONS })
    }
    expect(ratedWording(rated)).toBe(words)
  })
})
