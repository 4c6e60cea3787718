import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createFakeElectron } from '../../../testing/fake-electron'
import { makeTempDir } from '../../../testing/temp-diary'
import {
  autostartFile,
  desktopEntry,
  loginItemFor,
  quoteExecArgument,
  STARTED_AT_LOGIN_FLAG,
} from './login-item'

let home: string
beforeEach(() => {
  home = makeTempDir('unknot-home-')
})
afterEach(() => rmSync(home, { recursive: true, force: true }))

const command = { path: 'C:\\Program Files\\Unknot\\Unknot.exe', args: ['--data-dir=D:\\journal'] }

function itemOn(platform: NodeJS.Platform, options: { openedAtLogin?: boolean } = {}) {
  const fake = createFakeElectron(options)
  const item = loginItemFor({ platform, app: fake.module.app, command, env: {}, homeDir: home })
  return { fake, item }
}

describe('Start Unknot when I log in', () => {
  it('macOS: registers the app itself and reads wasOpenedAtLogin', () => {
    const { fake, item } = itemOn('darwin', { openedAtLogin: true })
    expect(item.isEnabled()).toBe(false)
    item.setEnabled(true)
    expect(fake.calls.loginItemSettings).toEqual([{ openAtLogin: true }])
    expect(item.isEnabled()).toBe(true)
    item.setEnabled(false)
    expect(fake.calls.loginItemSettings.at(-1)).toEqual({ openAtLogin: false })
    expect(item.startedAtLogin([])).toBe(true)
  })

  it('Windows: registers the executable with its arguments and the log-in flag', () => {
    const { fake, item } = itemOn('win32')
    item.setEnabled(true)
    const registered = {
      path: command.path,
      args: ['--data-dir=D:\\journal', STARTED_AT_LOGIN_FLAG],
    }
    expect(fake.calls.loginItemSettings).toEqual([
      { ...registered, openAtLogin: true, enabled: true },
    ])
    expect(item.isEnabled()).toBe(true)
    // Asked with the same path and arguments, or Windows answers for another entry.
    expect(fake.calls.loginItemQueries.at(-1)).toEqual(registered)
    expect(item.startedAtLogin(['Unknot.exe', STARTED_AT_LOGIN_FLAG])).toBe(true)
    expect(item.startedAtLogin(['Unknot.exe'])).toBe(false)
  })

  it('Windows: an entry switched off in Task Manager reads as off, and ticking turns it on', () => {
    const { fake, item } = itemOn('win32')
    item.setEnabled(true)
    fake.loginItem.enabled = false
    expect(item.isEnabled()).toBe(false)
    item.setEnabled(true)
    expect(fake.loginItem.enabled).toBe(true)
    expect(item.isEnabled()).toBe(true)
  })

  it('Linux: rewrites the entry at start when the AppImage has moved, only while enabled', () => {
    const file = autostartFile({}, home)
    const at = (path: string) =>
      loginItemFor({
        platform: 'linux',
        app: createFakeElectron().module.app,
        command: { path, args: [] },
        env: {},
        homeDir: home,
      })
    at('/home/me/Downloads/Unknot-0.1.AppImage').setEnabled(true)
    at('/home/me/Apps/Unknot-0.2.AppImage').refresh()
    expect(readFileSync(file, 'utf8')).toContain('Exec=/home/me/Apps/Unknot-0.2.AppImage ')
    // Switched off by the desktop: left as the person left it.
    writeFileSync(file, readFileSync(file, 'utf8').replace('enabled=true', 'enabled=false'))
    at('/opt/Unknot.AppImage').refresh()
    expect(readFileSync(file, 'utf8')).toContain('Exec=/home/me/Apps/Unknot-0.2.AppImage ')
    rmSync(file)
    at('/opt/Unknot.AppImage').refresh()
    expect(existsSync(file)).toBe(false)
  })

  it('Linux: writes and removes an XDG autostart entry, never calling Electron', () => {
    const { fake, item } = itemOn('linux')
    const file = join(home, '.config', 'autostart', 'unknot.desktop')
    expect(item.isEnabled()).toBe(false)
    item.setEnabled(true)
    expect(existsSync(file)).toBe(true)
    const text = readFileSync(file, 'utf8')
    expect(text).toMatch(/^\[Desktop Entry\]\nType=Application\n/)
    expect(text).toContain(
      `Exec="C:\\\\\\\\Program Files\\\\\\\\Unknot\\\\\\\\Unknot.exe" "--data-dir=D:\\\\\\\\journal" ${STARTED_AT_LOGIN_FLAG}\n`,
    )
    expect(item.isEnabled()).toBe(true)
    item.setEnabled(false)
    expect(existsSync(file)).toBe(false)
    item.setEnabled(false) // already off: nothing to do, no error
    expect(fake.calls.loginItemSettings).toEqual([])
  })

  it('Linux: an entry switched off by the desktop reads as off', () => {
    const { item } = itemOn('linux')
    item.setEnabled(true)
    const file = autostartFile({}, home)
    writeFileSync(file, readFileSync(file, 'utf8').replace('enabled=true', 'enabled=false'))
    expect(item.isEnabled()).toBe(false)
    writeFileSync(file, desktopEntry(['unknot']) + 'Hidden=true\n')
    expect(item.isEnabled()).toBe(false)
  })

  it('Linux: honours XDG_CONFIG_HOME', () => {
    const config = join(home, 'elsewhere')
    mkdirSync(config)
    expect(autostartFile({ XDG_CONFIG_HOME: config }, home)).toBe(
      join(config, 'autostart', 'unknot.desktop'),
    )
    expect(autostartFile({ XDG_CONFIG_HOME: '' }, home)).toBe(
      join(home, '.config', 'autostart', 'unknot.desktop'),
    )
  })

  it('elsewhere: says it cannot, and changes nothing', () => {
    const { fake, item } = itemOn('freebsd')
    expect(item.supported).toBe(false)
    expect(item.isEnabled()).toBe(false)
    expect(() => item.setEnabled(true)).toThrow(/cannot start itself at log-in/)
    expect(fake.calls.loginItemSettings).toEqual([])
  })
})

describe('Exec arguments of a desktop entry', () => {
  it.each([
    ['/opt/Unknot/unknot', '/opt/Unknot/unknot'],
    ['/home/me/My Apps/Unknot.AppImage', '"/home/me/My Apps/Unknot.AppImage"'],
    ['/opt/100%/unknot', '/opt/100%%/unknot'],
    ['/opt/a"b/$HOME/`x`', '"/opt/a\\\\"b/\\\\$HOME/\\\\`x\\\\`"'],
    ['/opt/back\\slash', '"/opt/back\\\\\\\\slash"'],
  ])('%s → %s', (argument, written) => {
    expect(quoteExecArgument(argument)).toBe(written)
  })

  it('refuses a path with a line break', () => {
    expect(() => quoteExecArgument('/opt/a\nb')).toThrow(/cannot be written/)
  })
})
