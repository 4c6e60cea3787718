import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createFakeElectron, type FakeElectronOptions } from '../../../testing/fake-electron'

async function servicesWith(options: FakeElectronOptions = {}) {
  const fake = createFakeElectron(options)
  vi.resetModules()
  vi.doMock('electron', () => fake.module)
  const { electronServices } = await import('./electron-services')
  const window = new fake.module.BrowserWindow({ webPreferences: {} })
  const services = electronServices(() => window as never)
  return { fake, window, services }
}

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
})
afterEach(() => {
  vi.restoreAllMocks()
})

describe('electron services', () => {
  it('asks before a save dialog replaces an existing file', async () => {
    const { fake, services } = await servicesWith()
    await services.chooseSavePath({ title: 'Save', defaultName: 'a.pdf', filters: [] })
    expect(fake.calls.saveDialogs[0]?.['properties']).toContain('showOverwriteConfirmation')
  })

  it('prints with explicit zero margins, as the Playwright harness does', async () => {
    const { window, services } = await servicesWith()
    await services.printToPdf({ pageSize: 'Letter' })
    expect(window.webContents.printOptions).toEqual({
      pageSize: 'Letter',
      printBackground: true,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
    })
  })

  it('shows a desktop notification and nothing in the window when it works', async () => {
    const { fake, window, services } = await servicesWith({ notifications: 'work' })
    services.notify({ title: 'Ice off', body: 'Take the ice pack off now.' })
    await Promise.resolve()
    expect(fake.calls.notifications).toEqual([
      {
        options: { title: 'Ice off', body: 'Take the ice pack off now.', silent: false },
        shown: true,
      },
    ])
    expect(window.webContents.sent).toEqual([])
  })

  it.each(['fails', 'unsupported'] as const)(
    'shows the words in the window when the notification %s',
    async (notifications) => {
      const { window, services } = await servicesWith({ notifications })
      services.notify({ title: 'Ice off', body: 'Take the ice pack off now.' })
      await vi.waitFor(() => expect(window.webContents.sent).toHaveLength(1))
      expect(window.webContents.sent).toEqual([
        {
          channel: 'app:notice',
          payload: { title: 'Ice off', body: 'Take the ice pack off now.' },
        },
      ])
      // The window is not in front: its taskbar entry asks for attention.
      expect(window.flashing).toBe(true)
    },
  )
})
