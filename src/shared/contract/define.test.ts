import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { channels, contract } from '.'
import { EVERYTHING, read, write } from './define'

describe('the contract says which channels write and what they make stale', () => {
  it('every write names what it makes stale; reads name nothing', () => {
    for (const channel of channels) {
      const { writes, invalidates } = contract[channel]
      expect(invalidates.length > 0, channel).toBe(writes)
    }
  })

  it('a write must say what it makes stale (the typecheck refuses it otherwise)', () => {
    // @ts-expect-error: a write without its invalidations
    expect(write(z.undefined(), z.null()).writes).toBe(true)
    // @ts-expect-error: and with an empty list
    expect(write(z.undefined(), z.null(), []).writes).toBe(true)
    // @ts-expect-error: a name that is neither a domain nor a channel
    expect(write(z.undefined(), z.null(), ['diary']).writes).toBe(true)
    expect(read(z.undefined(), z.null())).toMatchObject({ writes: false, invalidates: [] })
  })

  it('replacing the journal makes every domain stale', () => {
    const domains = new Set(channels.map((c) => c.split(':')[0]))
    expect(new Set(EVERYTHING)).toEqual(domains)
  })
})
