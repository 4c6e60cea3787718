import type { MenuItemConstructorOptions } from 'electron'

export interface AppMenuOptions {
  platform: NodeJS.Platform
  /** A packaged app has no Reload, Force Reload or DevTools. */
  packaged: boolean
  name: string
  showJournalFolder: () => void
}

/** Roles that would throw away a running timer or a half-typed form, or open DevTools. */
export const DEVELOPER_ROLES = ['reload', 'forceReload', 'toggleDevTools'] as const

/**
 * The application menu, in place of Electron's default one, whose View › Reload (Ctrl/Cmd+R)
 * reloads the page and loses a running timer: Edit (copy and paste on macOS need it), View with
 * zoom only, Window, and Help with the journal folder and About. Unpackaged runs keep Reload and
 * DevTools for development.
 */
export function appMenuTemplate({
  platform,
  packaged,
  name,
  showJournalFolder,
}: AppMenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin'
  const developer: MenuItemConstructorOptions[] = packaged
    ? []
    : [
        { role: 'reload' },
        { role: 'forceReload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
      ]
  return [
    ...(mac
      ? [
          {
            label: name,
            submenu: [
              { role: 'about' },
              { type: 'separator' },
              { role: 'services' },
              { type: 'separator' },
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              { type: 'separator' },
              { role: 'quit' },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : [{ label: '&File', submenu: [{ role: 'quit' }] } satisfies MenuItemConstructorOptions]),
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        ...developer,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      label: '&Help',
      submenu: [
        { label: 'Show the journal folder', click: showJournalFolder },
        ...(mac ? [] : [{ type: 'separator' } as const, { role: 'about' } as const]),
      ],
    },
  ]
}
