import { EventEmitter } from 'node:events'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { bringToFront, SHOW_FALLBACK_MS, showWhenReady } from './window-show'

class StandInWindow extends EventEmitter {
  readonly webContents = new EventEmitter()
  shows = 0
  destroyed = false
  show() {
    this.shows += 1
  }
  isDestroyed() {
    return this.destroyed
  }
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('showWhenReady', () => {
  it('shows the window once on ready-to-show', () => {
    const window = new StandInWindow()
    showWhenReady(window)
    window.emit('ready-to-show')
    window.webContents.emit('did-finish-load')
    vi.advanceTimersByTime(SHOW_FALLBACK_MS * 2)
    expect(window.shows).toBe(1)
  })

  it('shows the window on did-finish-load when ready-to-show never comes (Wayland)', () => {
    const window = new StandInWindow()
    showWhenReady(window)
    window.webContents.emit('did-finish-load')
    expect(window.shows).toBe(1)
    window.emit('ready-to-show')
    vi.advanceTimersByTime(SHOW_FALLBACK_MS * 2)
    expect(window.shows).toBe(1)
  })

  it('shows the window after the fallback timeout when neither event comes', () => {
    const window = new StandInWindow()
    showWhenReady(window)
    vi.advanceTimersByTime(SHOW_FALLBACK_MS - 1)
    expect(window.shows).toBe(0)
    vi.advanceTimersByTime(1)
    expect(window.shows).toBe(1)
  })

  it('does not touch a window closed before the timeout', () => {
    const window = new StandInWindow()
    showWhenReady(window)
    window.destroyed = true
    vi.advanceTimersByTime(SHOW_FALLBACK_MS)
    expect(window.shows).toBe(0)
  })
})

describe('bringToFront', () => {
  function stateful(state: { minimized: boolean; visible: boolean }) {
    const calls: string[] = []
    return {
      calls,
      isMinimized: () => state.minimized,
      isVisible: () => state.visible,
      restore: () => calls.push('restore'),
      show: () => calls.push('show'),
      focus: () => calls.push('focus'),
    }
  }

  it('restores a minimised window and focuses it', () => {
    const window = stateful({ minimized: true, visible: true })
    bringToFront(window)
    expect(window.calls).toEqual(['restore', 'focus'])
  })

  it('shows a window that is still hidden (it never got ready-to-show) before focusing', () => {
    const window = stateful({ minimized: false, visible: false })
    bringToFront(window)
    expect(window.calls).toEqual(['show', 'focus'])
  })
})
