import type { NotificationConstructorOptions } from 'electron'
import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { noticeInWindow, showNotification, type NoticeWindow } from './notify'

const words = { title: 'Evening check-in', body: 'Your evening check-in is still open.' }

class Works extends EventEmitter {
  static isSupported = () => true
  shown = false
  constructor(readonly options: NotificationConstructorOptions) {
    super()
  }
  show() {
    this.shown = true
  }
}

describe('showNotification', () => {
  it('shows the notification and reports no failure', () => {
    const onFailed = vi.fn()
    const shown = showNotification(Works, words, onFailed)
    expect(shown?.shown).toBe(true)
    expect(shown?.options).toEqual({ ...words, silent: false })
    expect(onFailed).not.toHaveBeenCalled()
  })

  it('hands the words over when the system reports a failure (Linux without a daemon, unsigned macOS)', () => {
    const onFailed = vi.fn()
    const shown = showNotification(Works, words, onFailed)
    shown?.emit('failed', {}, 'org.freedesktop.Notifications was not provided')
    expect(onFailed).toHaveBeenCalledWith(words, 'org.freedesktop.Notifications was not provided')
  })

  it('hands the words over at once when notifications are not supported', () => {
    class Unsupported extends Works {
      static override isSupported = () => false
    }
    const onFailed = vi.fn()
    expect(showNotification(Unsupported, words, onFailed)).toBeUndefined()
    expect(onFailed).toHaveBeenCalledWith(words, expect.stringContaining('not supported'))
  })
})

describe('noticeInWindow', () => {
  function window(state: { focused: boolean; destroyed?: boolean }) {
    const sent: unknown[] = []
    const target: NoticeWindow & { sent: unknown[]; flashed: boolean } = {
      sent,
      flashed: false,
      webContents: { send: (channel, payload) => sent.push([channel, payload]) },
      isDestroyed: () => state.destroyed ?? false,
      isFocused: () => state.focused,
      flashFrame(flag) {
        this.flashed = flag
      },
    }
    return target
  }

  it('sends the words as app:notice and flashes a window in the background', () => {
    const target = window({ focused: false })
    noticeInWindow(() => target)(words, 'failed')
    expect(target.sent).toEqual([['app:notice', words]])
    expect(target.flashed).toBe(true)
  })

  it('does not flash a window that is already in front', () => {
    const target = window({ focused: true })
    noticeInWindow(() => target)(words, 'failed')
    expect(target.sent).toHaveLength(1)
    expect(target.flashed).toBe(false)
  })

  it('logs the words when there is no window to show them in', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    noticeInWindow(() => undefined)(words, 'no daemon')
    noticeInWindow(() => window({ focused: false, destroyed: true }))(words, 'no daemon')
    expect(warn).toHaveBeenCalledTimes(2)
    expect(warn.mock.calls[0]?.[0]).toContain('Evening check-in')
    warn.mockRestore()
  })
})
