import { describe, expect, it, vi } from 'vitest'
import { channels } from '../shared/contract'
import { createApi } from './api'

describe('createApi', () => {
  it('has one method per contract channel and nothing else', () => {
    const api = createApi(vi.fn()) as unknown as Record<string, Record<string, unknown>>
    const methods = Object.entries(api).flatMap(([domain, group]) =>
      Object.keys(group).map((verb) => `${domain}:${verb}`),
    )
    expect(methods.sort()).toEqual([...channels].sort())
  })

  it('sends each call on its own channel with the input untouched', async () => {
    const invoke = vi.fn().mockResolvedValue({ ok: true, value: [] })
    const api = createApi(invoke)
    const range = { from: '2026-11-01', to: '2026-11-30' }
    await expect(api.checkins.list(range)).resolves.toEqual({ ok: true, value: [] })
    expect(invoke).toHaveBeenCalledWith('checkins:list', range)
    await api.app.info()
    expect(invoke).toHaveBeenLastCalledWith('app:info', undefined)
  })
})
