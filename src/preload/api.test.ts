import { describe, expect, it, vi } from 'vitest'
import { channels } from '../shared/contract'
import { createApi } from './api'

describe('createApi', () => {
  it('has one method per contract channel, `on` for events, and nothing else', () => {
    const api = createApi(vi.fn(), vi.fn()) as unknown as Record<string, unknown>
    const methods = Object.entries(api).flatMap(([domain, group]) =>
      typeof group === 'function'
        ? [domain]
        : Object.keys(group as object).map((verb) => `${domain}:${verb}`),
    )
    expect(methods.sort()).toEqual([...channels, 'on'].sort())
  })

  it('sends each call on its own channel with the input untouched', async () => {
    const invoke = vi.fn().mockResolvedValue({ ok: true, value: [] })
    const api = createApi(invoke, vi.fn())
    const range = { from: '2026-11-01', to: '2026-11-30' }
    await expect(api.checkins.list(range)).resolves.toEqual({ ok: true, value: [] })
    expect(invoke).toHaveBeenCalledWith('checkins:list', range)
    await api.app.info()
    expect(invoke).toHaveBeenLastCalledWith('app:info', undefined)
  })

  it('listens only to the contract events and hands back the unsubscribe', () => {
    const unsubscribe = vi.fn()
    const listen = vi.fn().mockReturnValue(unsubscribe)
    const api = createApi(vi.fn(), listen)
    const listener = vi.fn()
    const stop = api.on('app:navigate', listener)
    expect(listen).toHaveBeenCalledWith('app:navigate', expect.any(Function))
    const forward = listen.mock.calls[0]?.[1] as (payload: unknown) => void
    forward({ route: 'today' })
    expect(listener).toHaveBeenCalledWith({ route: 'today' })
    stop()
    expect(unsubscribe).toHaveBeenCalled()
    expect(() => api.on('ipc:raw' as never, listener)).toThrow(/Unknown event/)
    expect(listen).toHaveBeenCalledTimes(1)
  })
})
