import { describe, expect, it, vi } from 'vitest'
import { sendEvent } from './events'

describe('sendEvent', () => {
  it('sends a payload that matches its schema on the event name', () => {
    const send = vi.fn()
    sendEvent({ send }, 'app:navigate', { route: 'today', focus: 'morning' })
    expect(send).toHaveBeenCalledWith('app:navigate', { route: 'today', focus: 'morning' })
  })

  it('refuses a payload that does not match and sends nothing', () => {
    const send = vi.fn()
    expect(() => {
      sendEvent({ send }, 'app:notice', { title: '', body: 'x' })
    }).toThrow()
    expect(send).not.toHaveBeenCalled()
  })

  it('does nothing when there is no window', () => {
    expect(() => {
      sendEvent(undefined, 'app:navigate', { route: 'today' })
    }).not.toThrow()
  })
})
