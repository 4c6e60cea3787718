import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

/** Runs a program and answers what it printed; rejects when it fails or is not installed. */
export type RunProgram = (file: string, args: readonly string[]) => Promise<string>

const WATCHER = 'org.kde.StatusNotifierWatcher'
const PROPERTY = 'IsStatusNotifierHostRegistered'

/**
 * Whether a tray icon would be seen. Windows and macOS always show one. Linux desktops show
 * Electron's tray icon only through a StatusNotifier host (KDE, most others; GNOME only with an
 * extension): asked on the session bus, with `gdbus` (GLib, on every GNOME) or else `dbus-send`.
 * @returns false only when the bus says there is no host; true when it cannot be asked, so a
 *   desktop whose tools differ keeps the tray it had.
 */
export async function hasTrayHost(
  platform: NodeJS.Platform,
  run: RunProgram = runProgram,
): Promise<boolean> {
  if (platform !== 'linux') return true
  const asks: [string, string[]][] = [
    [
      'gdbus',
      [
        'call',
        '--session',
        '--dest',
        WATCHER,
        '--object-path',
        '/StatusNotifierWatcher',
        '--method',
        'org.freedesktop.DBus.Properties.Get',
        WATCHER,
        PROPERTY,
      ],
    ],
    [
      'dbus-send',
      [
        '--session',
        '--print-reply',
        `--dest=${WATCHER}`,
        '/StatusNotifierWatcher',
        'org.freedesktop.DBus.Properties.Get',
        `string:${WATCHER}`,
        `string:${PROPERTY}`,
      ],
    ],
  ]
  for (const [file, args] of asks) {
    try {
      // gdbus prints "(<true>,)"; dbus-send "variant boolean true".
      return /\btrue\b/.test(await run(file, args))
    } catch (error) {
      // Not installed: try the other tool. Any other failure is the bus's answer: no watcher.
      if (isMissingProgram(error)) continue
      return false
    }
  }
  return true
}

function isMissingProgram(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT'
}

async function runProgram(file: string, args: readonly string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(file, args, { timeout: 5000 })
  return stdout
}
