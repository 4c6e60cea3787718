import { afterEach, describe, expect, it, vi } from 'vitest'
import type { JournalApi } from '@shared/contract'
import { BridgeError, callChannel } from './bridge'
import { channelKey } from './channels'

function withJournal(journal: Partial<Record<string, Record<string, unknown>>>) {
  vi.stubGlobal('window', { journal: journal as unknown as JournalApi })
}

afterEach(() => vi.unstubAllGlobals())

describe('calling main', () => {
  it('calls the domain method named by the channel and answers its value', async () => {
    const save = vi.fn(() => Promise.resolve({ ok: true, value: { id: 3 } }))
    withJournal({ checkins: { save } })
    const draft = {
      date: '2026-11-25',
      slot: 'morning',
      pain: 3,
      stiffness: 2,
      spasmFrequency: 0,
    } as const
    await expect(callChannel('checkins:save', draft)).resolves.toEqual({ id: 3 })
    expect(save).toHaveBeenCalledWith(draft)
  })

  it('rejects a refusal as a BridgeError with its code, sentence and field issues', async () => {
    const error = {
      code: 'invalid_input',
      message: '2 answers need attention.',
      issues: [
        { path: 'pain', message: 'First.' },
        { path: 'pain', message: 'Second.' },
        { path: 'notes', message: 'Too long.' },
      ],
    }
    withJournal({ alerts: { list: () => Promise.resolve({ ok: false, error }) } })
    const refused = await callChannel('alerts:list', undefined).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(BridgeError)
    const bridgeError = refused as BridgeError
    expect(bridgeError.code).toBe('invalid_input')
    expect(bridgeError.message).toBe('2 answers need attention.')
    expect(bridgeError.fieldErrors()).toEqual({ pain: 'First.', notes: 'Too long.' })
  })

  it('says so when the bridge lacks the channel', async () => {
    withJournal({ alerts: {} })
    await expect(callChannel('alerts:list', undefined)).rejects.toThrow(
      'This window has no way to call alerts:list.',
    )
  })

  it('keys queries by domain, verb and input, so a domain refreshes together', () => {
    expect(channelKey('trends:get', { from: 'a', to: 'b' })).toEqual([
      'trends',
      'get',
      { from: 'a', to: 'b' },
    ])
    expect(channelKey('alerts:list')).toEqual(['alerts', 'list', null])
  })
})
