import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../testing/temp-diary'
import { lockDataFolder, profileFolder, PROFILES_FOLDER } from './single-instance'

/** Electron's lock, modelled as one holder per user-data folder across "processes". */
const held = new Set<string>()
function standInApp(defaultUserData: string) {
  let userData = defaultUserData
  const set: string[] = []
  return {
    set,
    getPath: () => userData,
    setPath: (name: 'userData' | 'sessionData', path: string) => {
      if (!existsSync(path)) throw new Error(`${path} does not exist`)
      set.push(name)
      if (name === 'userData') userData = path
    },
    requestSingleInstanceLock: () => {
      if (held.has(userData)) return false
      held.add(userData)
      return true
    },
  }
}

let dir: string
beforeEach(() => {
  dir = makeTempDir()
  held.clear()
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('lockDataFolder', () => {
  it('lets two journals in two folders run side by side', () => {
    const defaults = join(dir, 'default')
    mkdirSync(join(dir, 'a'))
    mkdirSync(join(dir, 'b'))
    expect(lockDataFolder(standInApp(defaults), join(dir, 'a'))).toBe(true)
    expect(lockDataFolder(standInApp(defaults), join(dir, 'b'))).toBe(true)
  })

  it('hands a second start on the same folder over to the first', () => {
    const defaults = join(dir, 'default')
    mkdirSync(join(dir, 'a'))
    expect(lockDataFolder(standInApp(defaults), join(dir, 'a'))).toBe(true)
    expect(lockDataFolder(standInApp(defaults), join(dir, 'a'))).toBe(false)
  })

  it('keeps the profile under the default folder, never in the journal folder', () => {
    const defaults = join(dir, 'default')
    const journal = join(dir, 'usb-stick')
    mkdirSync(journal)
    const app = standInApp(defaults)
    expect(lockDataFolder(app, journal)).toBe(true)
    expect(app.getPath()).toBe(profileFolder(defaults, journal))
    expect(app.getPath().startsWith(join(defaults, PROFILES_FOLDER))).toBe(true)
    expect(app.set).toEqual(['userData', 'sessionData'])
  })

  it('names the profile from the real path, so a link to the same folder shares its lock', () => {
    const defaults = join(dir, 'default')
    const journal = join(dir, 'journal')
    mkdirSync(journal)
    symlinkSync(journal, join(dir, 'link'))
    expect(profileFolder(defaults, join(dir, 'link'))).toBe(profileFolder(defaults, journal))
    expect(profileFolder(defaults, join(dir, 'other'))).not.toBe(profileFolder(defaults, journal))
    expect(lockDataFolder(standInApp(defaults), journal)).toBe(true)
    expect(lockDataFolder(standInApp(defaults), join(dir, 'link'))).toBe(false)
  })

  it('does not create a journal folder that does not exist (an unplugged drive)', () => {
    const defaults = join(dir, 'default')
    const missing = join(dir, 'unplugged', 'journal')
    expect(lockDataFolder(standInApp(defaults), missing)).toBe(true)
    expect(existsSync(join(dir, 'unplugged'))).toBe(false)
  })

  it('keeps the default folder and its lock when no folder was chosen', () => {
    const defaults = join(dir, 'default')
    mkdirSync(defaults)
    const app = standInApp(defaults)
    expect(lockDataFolder(app, defaults)).toBe(true)
    expect(app.getPath()).toBe(defaults)
    expect(lockDataFolder(standInApp(defaults), defaults)).toBe(false)
  })

  it('falls back to the default lock when the profile folder cannot be made', () => {
    const file = join(dir, 'a-file')
    writeFileSync(file, 'x')
    mkdirSync(join(dir, 'journal'))
    const app = standInApp(file)
    expect(lockDataFolder(app, join(dir, 'journal'))).toBe(true)
    expect(app.getPath()).toBe(file)
  })
})
