import { readdirSync } from 'node:fs'
import fc from 'fast-check'
import { channels, type Channel } from '../src/shared/contract'
import { errorCodes, EXCERPT_LENGTH } from '../src/shared/errors'
import { insertCheckin, insertEpisode } from './diary-rows'
import { SAMPLE_INPUTS } from './ipc-samples'
import { openTempDiary } from './temp-diary'

export interface FuzzFigures {
  seed: number
  payloads: number
  refused: number
  accepted: number
  /** Refusals by error code. */
  codes: Record<string, number>
  /** Channels that received at least one payload. */
  channels: number
}

/** A payload for `channel`: its valid sample bent in one place, or anything at all. */
function payloadFor(channel: Channel): fc.Arbitrary<unknown> {
  const anything = fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withTypedArray: true,
    withSparseArray: true,
    maxDepth: 4,
  })
  const sample = SAMPLE_INPUTS[channel]
  const options: fc.Arbitrary<unknown>[] = [
    anything,
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.constantFrom(undefined, null, 0, -1, Infinity, Number.NaN, '', '__proto__', [], {}),
  ]
  if (sample !== null && typeof sample === 'object') {
    const record = sample as Record<string, unknown>
    options.push(
      fc.constant(sample),
      fc
        .tuple(fc.string({ maxLength: 40 }), anything)
        .map(([key, value]) => ({ ...record, [key]: value })),
    )
  }
  if (sample !== null && typeof sample === 'object' && Object.keys(sample).length > 0) {
    const record = sample as Record<string, unknown>
    const keys = Object.keys(record)
    options.push(
      // One field replaced by anything, or dropped.
      fc.tuple(fc.constantFrom(...keys), anything, fc.boolean()).map(([key, value, drop]) => {
        const copy = new Map(Object.entries(record))
        if (drop) copy.delete(key)
        else copy.set(key, value)
        return Object.fromEntries(copy)
      }),
      // A key the channel does not know, long or hostile.
      fc
        .tuple(
          fc.oneof(
            fc.string({ maxLength: 40 }),
            fc.constantFrom('__proto__', 'constructor', 'prototype', 'x'.repeat(50_000)),
          ),
          anything,
        )
        .map(([key, value]) => ({ ...record, [key]: value })),
      // Text fields far past their limits.
      fc.constantFrom(...keys).map((key) => ({ ...record, [key]: 'x'.repeat(100_000) })),
    )
  }
  return fc.oneof(...options)
}

/**
 * Sends `runs` generated payloads through the real dispatch and handlers on a real diary. Every
 * refusal must carry a known code other than `internal`, repeat only a short excerpt of the
 * input, and leave the diary as it was: the journal's write marker and the folder unchanged.
 */
export async function runIpcFuzz({
  seed,
  runs,
}: {
  seed: number
  runs: number
}): Promise<FuzzFigures> {
  const diary = openTempDiary({ now: () => new Date('2026-03-25T09:00:00Z') })
  const figures: FuzzFigures = {
    seed,
    payloads: 0,
    refused: 0,
    accepted: 0,
    codes: {},
    channels: 0,
  }
  const seen = new Set<Channel>()
  try {
    const id = insertEpisode(diary.db, { startedOn: '2026-03-10', endedOn: null, region: 'lower' })
    insertCheckin(diary.db, {
      date: '2026-03-11',
      slot: 'morning',
      pain: 5,
      stiffness: 4,
      episodeId: id,
    })
    const generation = () =>
      diary.db.prepare('SELECT generation FROM journal_marker').pluck().get() as number
    const arbitrary = fc
      .constantFrom(...channels)
      .chain((channel) => fc.tuple(fc.constant(channel), payloadFor(channel)))
    await fc.assert(
      fc.asyncProperty(arbitrary, async ([channel, payload]) => {
        const before = generation()
        const files = readdirSync(diary.dir).sort().join('\n')
        const result = await diary.call(channel, payload)
        figures.payloads++
        seen.add(channel)
        if (result.ok) {
          figures.accepted++
          return
        }
        figures.refused++
        const { code, message, issues } = result.error
        figures.codes[code] = (figures.codes[code] ?? 0) + 1
        if (!errorCodes.includes(code) || code === 'internal') {
          throw new Error(`${channel} answered ${code}: ${message}`)
        }
        const echoed = JSON.stringify(result.error).length
        if (message.length > 400 + EXCERPT_LENGTH || echoed > 20_000) {
          throw new Error(`${channel} echoed ${echoed} characters of its input`)
        }
        if (issues && issues.length > 20)
          throw new Error(`${channel} listed ${issues.length} issues`)
        if (generation() !== before) throw new Error(`${channel} refused but changed the diary`)
        if (readdirSync(diary.dir).sort().join('\n') !== files) {
          throw new Error(`${channel} refused but left a file behind`)
        }
      }),
      { seed, numRuns: runs, endOnFailure: true },
    )
  } finally {
    diary.close()
  }
  figures.channels = seen.size
  return figures
}
