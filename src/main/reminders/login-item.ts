import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { App } from 'electron'
import { AppError } from '../../shared/errors'
import { writeFileAtomic } from '../export/atomic-write'

/** Passed to Unknot when the system starts it at log-in (Windows and Linux). */
export const STARTED_AT_LOGIN_FLAG = '--started-at-login'

/** "Start Unknot when I log in", on each system's own terms. */
export interface LoginItem {
  readonly supported: boolean
  isEnabled(): boolean
  setEnabled(open: boolean): void
  /** Whether this run was started by the system at log-in. */
  startedAtLogin(argv: readonly string[]): boolean
  /**
   * At every start while enabled: points the entry at this run's executable again (an AppImage
   * moved or updated since the entry was written). Nothing to do where the system tracks it.
   */
  refresh(): void
}

export interface LoginItemOptions {
  platform: NodeJS.Platform
  app: Pick<App, 'setLoginItemSettings' | 'getLoginItemSettings'>
  /** What starts this Unknot: the executable and the arguments it needs (app path, data folder). */
  command: { path: string; args: readonly string[] }
  env: Record<string, string | undefined>
  homeDir: string
}

export function loginItemFor(options: LoginItemOptions): LoginItem {
  const { platform, app, command } = options
  const startedByFlag = (argv: readonly string[]) => argv.includes(STARTED_AT_LOGIN_FLAG)
  switch (platform) {
    case 'darwin':
      // macOS starts the app bundle itself and says so in wasOpenedAtLogin.
      return {
        supported: true,
        isEnabled: () => app.getLoginItemSettings().openAtLogin,
        setEnabled: (openAtLogin) => app.setLoginItemSettings({ openAtLogin }),
        startedAtLogin: () => app.getLoginItemSettings().wasOpenedAtLogin,
        refresh: () => undefined,
      }
    case 'win32': {
      // Windows keys the Run entry by path and arguments: ask with the same ones.
      const settings = { path: command.path, args: [...command.args, STARTED_AT_LOGIN_FLAG] }
      return {
        supported: true,
        isEnabled() {
          const { openAtLogin, launchItems } = app.getLoginItemSettings(settings)
          // Task Manager's Startup tab switches an entry off without removing it.
          const ours = launchItems.find(
            (item) => item.path.toLowerCase() === command.path.toLowerCase(),
          )
          return openAtLogin && (ours?.enabled ?? true)
        },
        // `enabled` also switches an entry back on that Task Manager switched off.
        setEnabled: (openAtLogin) =>
          app.setLoginItemSettings({ ...settings, openAtLogin, enabled: openAtLogin }),
        startedAtLogin: startedByFlag,
        refresh: () => undefined,
      }
    }
    case 'linux':
      return linuxAutostart(options, startedByFlag)
    default:
      return {
        supported: false,
        isEnabled: () => false,
        setEnabled: () => {
          throw new AppError('unavailable', 'Unknot cannot start itself at log-in on this system.')
        },
        startedAtLogin: () => false,
        refresh: () => undefined,
      }
  }
}

/** The XDG autostart entry: `$XDG_CONFIG_HOME/autostart/unknot.desktop`. */
export function autostartFile(env: Record<string, string | undefined>, homeDir: string): string {
  const configHome = env['XDG_CONFIG_HOME'] || join(homeDir, '.config')
  return join(configHome, 'autostart', 'unknot.desktop')
}

function linuxAutostart(
  { env, homeDir, command }: LoginItemOptions,
  startedAtLogin: (argv: readonly string[]) => boolean,
): LoginItem {
  const file = autostartFile(env, homeDir)
  const entry = () => desktopEntry([command.path, ...command.args, STARTED_AT_LOGIN_FLAG])
  const write = () => {
    mkdirSync(join(file, '..'), { recursive: true })
    writeFileAtomic(file, entry())
  }
  const item: LoginItem = {
    supported: true,
    isEnabled() {
      if (!existsSync(file)) return false
      // Desktops switch an entry off in place rather than deleting it.
      const text = readFileSync(file, 'utf8')
      return (
        !/^Hidden\s*=\s*true\s*$/m.test(text) &&
        !/^X-GNOME-Autostart-enabled\s*=\s*false\s*$/m.test(text)
      )
    },
    setEnabled(open) {
      if (open) write()
      else rmSync(file, { force: true })
    },
    startedAtLogin,
    refresh() {
      // An AppImage runs from wherever it was saved today: the entry follows it.
      if (item.isEnabled() && readFileSync(file, 'utf8') !== entry()) write()
    },
  }
  return item
}

export function desktopEntry(argv: readonly string[]): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    'Name=Unknot',
    'Comment=Your back-spasm journal, started at log-in so its reminders come',
    `Exec=${argv.map(quoteExecArgument).join(' ')}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n')
}

// Characters that make the Desktop Entry spec require a quoted argument.
const RESERVED = /[\s"'\\><~|&;$*?#()`]/

/**
 * One argument of an `Exec` line (Desktop Entry spec, "The Exec key"): quoted when it holds a
 * reserved character, with `"`, `` ` ``, `$` and `\` escaped inside the quotes; `%` doubled;
 * then every backslash escaped again, because the key file's string rule is undone first.
 */
export function quoteExecArgument(argument: string): string {
  if (/[\r\n]/.test(argument)) {
    throw new AppError(
      'unavailable',
      'Unknot is installed in a folder whose name cannot be written in an autostart entry.',
    )
  }
  let out = argument.replaceAll('%', '%%')
  if (RESERVED.test(argument)) out = `"${out.replace(/["`$\\]/g, (c) => `\\${c}`)}"`
  return out.replaceAll('\\', '\\\\')
}

/**
 * The command that starts this Unknot again: the AppImage or the executable, the app folder
 * when running unpackaged, and the data folder when the person chose one (so the log-in start
 * opens the same journal).
 */
export function launchCommand(options: {
  isPackaged: boolean
  execPath: string
  appPath: string
  env: Record<string, string | undefined>
  /** Set when the journal is not in the default folder. */
  dataDir?: string | undefined
}): { path: string; args: string[] } {
  const args = options.isPackaged ? [] : [options.appPath]
  if (options.dataDir) args.push(`--data-dir=${options.dataDir}`)
  return { path: options.env['APPIMAGE'] || options.execPath, args }
}
