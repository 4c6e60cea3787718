import { describe, expect, it } from 'vitest'
import { MIN_RATED_SESSIONS } from './thresholds'
import {
  medicationKey,
  ratedWording,
  treatmentEvidence,
  treatmentGroups,
  type SessionSums,
} from './treatment-evidence'

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

describe('what works: medication by name, the same minimum for every row', () => {
  const sums = (
    kind: SessionSums['kind'],
    detail: string | null,
    sessions: number,
    rated: number,
    sumChange: number | null,
    drops: number | null,
  ): SessionSums => ({ kind, detail, sessions, rated, sumChange, drops })

  it('gives ibuprofen and naproxen a row each, and joins spellings of one name', () => {
    const groups = treatmentGroups([
      sums('medication', 'Ibuprofen 400 mg', 2, 2, 6, 2),
      sums('medication', ' ibuprofen   400 MG', 1, 1, 1, 0),
      sums('medication', 'Naproxen', 2, 2, 1, 0),
      sums('heat', null, 4, 3, 3, 1),
    ])
    expect(groups.map((g) => [g.kind, g.name, g.sessions, g.rated])).toEqual([
      ['heat', null, 4, 3],
      ['medication', 'Ibuprofen 400 mg', 3, 3],
      ['medication', 'Naproxen', 2, 2],
    ])
    expect(groups[1]?.effect).toEqual({
      status: 'enough_data',
      meanChange: 7 / 3,
      shareMeaningfulDrop: 2 / 3,
    })
    // Under the minimum, a row reads as it always has: no numbers.
    expect(groups[2]?.effect).toEqual({
      status: 'not_enough_data',
      minimumRated: MIN_RATED_SESSIONS,
    })
    expect(groups[1]?.parts).toHaveLength(2)
  })

  it('keeps doses logged without a name together, unnamed', () => {
    const [unnamed] = treatmentGroups([
      sums('medication', '', 1, 0, null, null),
      sums('medication', '  ', 1, 1, 2, 1),
    ])
    expect(unnamed).toMatchObject({ name: null, sessions: 2, rated: 1 })
  })

  it('names a row by the spelling used most, and orders by use, then kind, then name', () => {
    const groups = treatmentGroups([
      sums('medication', 'naproxen', 1, 0, null, null),
      sums('medication', 'Naproxen', 3, 0, null, null),
      sums('ice', null, 4, 0, null, null),
      sums('medication', 'Aspirin', 4, 0, null, null),
    ])
    expect(groups.map((g) => g.name ?? g.kind)).toEqual(['ice', 'Aspirin', 'Naproxen'])
    expect(medicationKey('  Naproxen\t250 MG ')).toBe('naproxen 250 mg')
  })
})
