import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { appMenuTemplate, DEVELOPER_ROLES } from './app-menu'

/** Every item of the menu, submenus included, flattened. */
function items(menu: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return menu.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])])
}
const roles = (menu: readonly MenuItemConstructorOptions[]) =>
  items(menu).flatMap((item) => (item.role ? [item.role] : []))

describe('appMenuTemplate', () => {
  it.each(['linux', 'win32', 'darwin'] as const)(
    'has no Reload, Force Reload or DevTools in a packaged app on %s',
    (platform) => {
      const menu = appMenuTemplate({
        platform,
        packaged: true,
        name: 'Unknot',
        showJournalFolder: () => undefined,
      })
      for (const role of DEVELOPER_ROLES) expect(roles(menu)).not.toContain(role)
      expect(roles(menu)).toEqual(
        expect.arrayContaining(['editMenu', 'windowMenu', 'help', 'about', 'quit', 'zoomIn']),
      )
    },
  )

  it('keeps them for development', () => {
    const menu = appMenuTemplate({
      platform: 'linux',
      packaged: false,
      name: 'Unknot',
      showJournalFolder: () => undefined,
    })
    expect(roles(menu)).toEqual(expect.arrayContaining([...DEVELOPER_ROLES]))
  })

  it('opens the app menu on macOS with the app’s name', () => {
    const [first] = appMenuTemplate({
      platform: 'darwin',
      packaged: true,
      name: 'Unknot',
      showJournalFolder: () => undefined,
    })
    expect(first?.label).toBe('Unknot')
  })

  it('shows the journal folder from Help', () => {
    const showJournalFolder = vi.fn()
    const menu = appMenuTemplate({
      platform: 'win32',
      packaged: true,
      name: 'Unknot',
      showJournalFolder,
    })
    const item = items(menu).find((i) => i.label === 'Show the journal folder')
    ;(item?.click as (() => void) | undefined)?.()
    expect(showJournalFolder).toHaveBeenCalledOnce()
  })
})
