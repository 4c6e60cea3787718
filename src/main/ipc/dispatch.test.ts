import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AppError } from '../../shared/errors'
import { handlers } from './handlers'
import { dispatch } from './dispatch'
import type { HandlerMap } from './handler'
import { openTempDiary, type TempDiary } from '../../../testing/temp-diary'

let diary: TempDiary
beforeEach(() => {
  diary = openTempDiary()
})
afterEach(() => diary.close())

const withHandler = (overrides: Partial<HandlerMap>): HandlerMap => ({ ...handlers, ...overrides })

describe('dispatch', () => {
  it('answers an unknown channel without calling anything', async () => {
    const result = await dispatch(handlers, diary.ctx, 'files:readAll', {}, () => {})
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } })
    expect(await dispatch(handlers, diary.ctx, 42, {}, () => {})).toMatchObject({ ok: false })
    expect(await dispatch(handlers, diary.ctx, '__proto__', {}, () => {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_channel' },
    })
  })

  it('does not call the handler when the input is invalid', async () => {
    const spy = vi.fn()
    const map = withHandler({ 'checkins:delete': spy })
    const result = await dispatch(map, diary.ctx, 'checkins:delete', { id: 'one' }, () => {})
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(spy).not.toHaveBeenCalled()
  })

  it('passes an AppError through as its code and sentence', async () => {
    const map = withHandler({
      'app:info': () => {
        throw new AppError('conflict', 'Already there.')
      },
    })
    expect(await dispatch(map, diary.ctx, 'app:info', undefined, () => {})).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'Already there.' },
    })
  })

  it('turns an unexpected failure into a generic message, logging it in main only', async () => {
    const log = vi.fn()
    const map = withHandler({
      'app:info': () => {
        throw new Error('SQLITE_CORRUPT at /home/me/secret/path.sqlite')
      },
    })
    const result = await dispatch(map, diary.ctx, 'app:info', undefined, log)
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(JSON.stringify(result)).not.toMatch(/SQLITE|secret|at /)
    expect(log).toHaveBeenCalledOnce()
  })

  it('refuses to send an answer that breaks the contract', async () => {
    const log = vi.fn()
    const map = withHandler({
      'app:info': () => ({ name: 'x', version: 1 }) as never,
    })
    const result = await dispatch(map, diary.ctx, 'app:info', undefined, log)
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(log).toHaveBeenCalledOnce()
  })
})
