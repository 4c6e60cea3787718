import { existsSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../testing/temp-diary'
import { lockDataFolder } from './single-instance'

/** Electron's lock, modelled as one holder per user-data folder across "processes". */
const held = new Set<string>()
function standInApp(defaultUserData: string) {
  let userData = defaultUserData
  return {
    getPath: () => userData,
    setPath: (_name: 'userData', path: string) => {
      if (!existsSync(path)) throw new Error(`${path} does not exist`)
      userData = path
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
    expect(lockDataFolder(standInApp(defaults), join(dir, 'a'))).toBe(true)
    expect(lockDataFolder(standInApp(defaults), join(dir, 'b'))).toBe(true)
    expect(existsSync(join(dir, 'b'))).toBe(true)
  })

  it('hands a second start on the same folder over to the first', () => {
    const defaults = join(dir, 'default')
    expect(lockDataFolder(standInApp(defaults), join(dir, 'a'))).toBe(true)
    expect(lockDataFolder(standInApp(defaults), join(dir, 'a'))).toBe(false)
  })

  it('keeps the default folder and its lock when no folder was chosen', () => {
    const defaults = join(dir, 'default')
    const app = standInApp(defaults)
    expect(lockDataFolder(app, defaults)).toBe(true)
    expect(app.getPath()).toBe(defaults)
    expect(lockDataFolder(standInApp(defaults), defaults)).toBe(false)
  })

  it('falls back to the default lock when the folder cannot be made', () => {
    const file = join(dir, 'a-file')
    writeFileSync(file, 'x')
    const app = standInApp(join(dir, 'default'))
    expect(lockDataFolder(app, join(file, 'journal'))).toBe(true)
    expect(app.getPath()).toBe(join(dir, 'default'))
  })
})
